import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The reading floor of bench/run.sh: what a JVM pays only to find and read every file of a
 * configuration tree, as bconf lists folders, before any of it is lexed, parsed or checked.
 */
public final class ReadTree {

    private static int files;
    private static long bytes;

    public static void main(String[] args) throws IOException {
        read(new File(args[0]));
        System.out.println(files + " files, " + bytes + " bytes");
    }

    private static void read(File folder) throws IOException {
        String[] names = folder.list();
        if (names == null) {
            return;
        }
        for (String name : names) {
            File entry = new File(folder, name);
            if (entry.isDirectory()) {
                read(entry);
            } else {
                bytes += Files.readAllBytes(entry.toPath()).length;
                files++;
            }
        }
    }
}
