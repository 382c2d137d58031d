package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keyword lists: any case accepted, the table's spelling kept, unknown words refused (dialect.md §5.1). */
class ChoiceValuesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            JOB_TYPE              | backup          | choice Backup
            JOB_TYPE              | CONSOLIDATE     | choice Consolidate
            JOB_TYPE              | Back up         | choice Backup +UNQUOTED_WORDS_JOINED
            JOB_TYPE              | Foo             | reject: Expected a Job Type keyword, got: Foo
            BACKUP_LEVEL          | virtualfull     | choice VirtualFull
            BACKUP_LEVEL          | Base            | choice Base +DEPRECATED_SPELLING
            BACKUP_LEVEL          | Fulll           | reject: Expected a Job Level keyword, got: Fulll
            POOLTYPE              | scratch         | choice Scratch
            POOLTYPE              | Tape            | reject: Expected a Pool Type option, got: Tape
            REPLACE_OPTION        | ifnewer         | choice IfNewer
            REPLACE_OPTION        | sometimes       | reject: Expected a Restore replacement option, got: sometimes
            MIGRATION_TYPE        | sqlquery        | choice SqlQuery
            MIGRATION_TYPE        | Biggest         | reject: Expected a Migration Job Type keyword, got: Biggest
            ACTION_ON_PURGE       | truncate        | choice Truncate
            ACTION_ON_PURGE       | Delete          | reject: Expected an Action On Purge option, got: Delete
            AUTH_PROTOCOL_TYPE    | ndmpv4          | choice NDMPV4
            AUTH_PROTOCOL_TYPE    | NDMPv5          | reject: Expected a Auth Protocol Type keyword, got: NDMPv5
            AUTH_TYPE             | md5             | choice MD5
            AUTH_TYPE             | sha1            | reject: Expected a Authentication Type keyword, got: sha1
            PROTOCOL_TYPE         | ndmp_native     | choice NDMP_NATIVE
            PROTOCOL_TYPE         | NDMP            | choice NDMP
            PROTOCOL_TYPE         | smb             | reject: Expected a Protocol Type keyword, got: smb
            IO_DIRECTION          | readonly        | choice readonly
            IO_DIRECTION          | sideways        | reject: Expected a IO direction keyword, got: sideways
            COMPRESSION_ALGORITHM | LZ4HC           | choice lz4hc
            COMPRESSION_ALGORITHM | zstd            | reject: Expected a Compression algorithm keyword, got: zstd
            ENCRYPTION_CIPHER     | AES128HMACSHA1  | choice aes128hmacsha1
            ENCRYPTION_CIPHER     | rot13           | reject: Expected a Crypto Cipher option, got: rot13
            LABEL                 | IBM             | choice ibm
            LABEL                 | foo             | reject: Expected a Tape Label keyword, got: foo
            RUNSCRIPT_WHEN        | aftervss        | choice AfterVSS
            RUNSCRIPT_WHEN        | later           | reject: Expect Before, After, AfterVSS or Always, got: later
            JOB_TYPE              | 5               | reject: expected a name, got BCT_NUMBER: 5
            """)
    void keywords(String datatype, String word, String expected) {
        assertThat(Values.outcome(datatype, "  Kind = " + word)).isEqualTo(expected);
    }
}
