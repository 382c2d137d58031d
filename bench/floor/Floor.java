import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The JVM floor of bench/run.sh: what any Java command line of bconf's kind pays before doing
 * its own work. It starts picocli, reads one file and writes its size with Jackson, on
 * bconf's own class path and JVM options.
 */
@Command(name = "floor")
public final class Floor implements Callable<Integer> {

    @Parameters(index = "0")
    Path file;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Floor()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String text = Files.readString(file);
        System.out.println(new ObjectMapper().writeValueAsString(Map.of("file", file.toString(), "chars", text.length())));
        return 0;
    }
}
