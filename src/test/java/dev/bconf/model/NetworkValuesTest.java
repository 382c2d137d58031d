package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.syntax.ValueToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PORT, ADDRESS and ADDRESSES (dialect.md §4.2, §5.1); nothing is resolved. */
class NetworkValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            9101            | port 9101
            1               | port 1
            65534           | port 65534
            65535           | reject: can't add port (65535) to (can't resolve service(65535))
            0               | reject: can't add port (0) to (can't resolve service(0))
            70000           | reject: can't add port (70000) to (can't resolve service(70000))
            -5              | reject: can't add port (-5) to (can't resolve service(-5))
            9102abc         | port 9102
            ssh             | service ssh
            bacula-fd       | service bacula-fd
            "9200"          | reject: Expected a port number or string, got: 9200
            9101 9102       | reject: unexpected token 102 BCT_NUMBER in resource definition
            """)
    void ports(String value, String expected) {
        assertThat(Values.outcome("PORT", "  Port = " + value)).isEqualTo(expected);
    }

    @Test
    void serviceNamesStayUnresolved() {
        Value.Port port = (Value.Port) Values.parse("PORT", "  Port = ssh").value().orElseThrow();
        assertThat(port.isServiceName()).isTrue();
        assertThat(port.number()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1             | address 127.0.0.1/ipv4 literal
            ::1                   | address ::1/ipv6 literal
            2001:db8::10          | address 2001:db8::10/ipv6 literal
            ::ffff:10.0.0.1       | address ::ffff:10.0.0.1/ipv6 literal
            backup.example.com    | address backup.example.com/ipv4 host
            fe80::1%eth0          | address fe80::1%eth0/ipv6 host
            1.2.3                 | address 1.2.3/ipv4 host
            010.0.0.1             | address 010.0.0.1/ipv4 host
            "127.0.0.1"           | reject: Expected an IP number or a hostname, got: 127.0.0.1
            127.0.0.1, 127.0.0.2  | reject: unexpected token 111 BCT_COMMA in resource definition
            """)
    void addresses(String value, String expected) {
        assertThat(Values.outcome("ADDRESS", "  Address = " + value)).isEqualTo(expected);
    }

    @Test
    void textAfterAnAddressIsReadAsTheNextDirective() {
        ValueResult r = Values.parse("ADDRESS", "  Address = 127.0.0.1 Port = 9200");
        assertThat(Values.outcome(r)).isEqualTo("address 127.0.0.1/ipv4 literal +TRAILING_TEXT_READ_AS_DIRECTIVE");
        assertThat(r.unread()).extracting(p -> ((ValueToken) p).text()).containsExactly("Port", "=", "9200");
        assertThat(r.problems().get(0).message()).contains("`Port = 9200`");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            { ip = { addr = 1.2.3.4; port = 1205 } }              | addresses ipv4 1.2.3.4/ipv4 1205
            { ipv6 = { port = http } }                            | addresses ipv6 - http
            { ip = { addr = host.example.com } }                  | addresses ipv4 host.example.com/ipv4 -
            { ipv6 = { addr = host.example.com } }                | addresses ipv6 host.example.com/ipv6 -
            { ip { addr = 1.2.3.4 } }                             | reject: Expected a equal =, got: {
            { ip = addr }                                         | reject: Expected a block begin { , got: addr
            { ip = { port = 1; port = 2 } }                       | reject: Only one port per address block
            { ip = { addr = 1 } }                                 | reject: Expected an IP number or a hostname, got: 1
            { ip = { addr = 1.2.3.4; port = 0 } }                 | reject: Can't add hostname(1.2.3.4) and port(0) to addrlist (can't resolve service(0))
            { ip = { host = 1.2.3.4 } }                           | 'reject: Expected a identifier [addr|port], got: host'
            { 5 = { addr = 1.2.3.4 } }                            | reject: Expected a string, got: 5
            { ip = { addr = localhost port = 9102 } }             | reject: Expected a end of block }, got: = +UNQUOTED_WORDS_JOINED
            """)
    void addressBlocks(String value, String expected) {
        assertThat(Values.outcome("ADDRESSES", "  Addresses = " + value)).isEqualTo(expected);
    }

    @Test
    void addressBlocksMaySpreadOverLines() {
        assertThat(Values.outcome("ADDRESSES", "  Addresses =\n  {\n    ipv4 = {\n      addr = 10.0.0.1\n"
                + "      port = 9102\n    }\n    ipv6 = { addr = ::1 }\n  }"))
                .isEqualTo("addresses ipv4 10.0.0.1/ipv4 9102; ipv6 ::1/ipv6 -");
    }

    @Test
    void outerBracesAreRequired() {
        assertThat(Values.outcome("ADDRESSES", "  Addresses = ip = { addr = 1.2.3.4 }"))
                .isEqualTo("reject: Expected a block begin { , got: ip");
    }
}
