using ReleaseGate.Privacy;

namespace ReleaseGate.Tests.Privacy;

public sealed class IpAddressTests
{
    [Theory]
    [InlineData("192.168.0.1")]
    [InlineData("10.0.0.255")]
    [InlineData("0.0.0.0")]
    [InlineData("2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    [InlineData("2001:db8::8a2e:370:7334")]
    [InlineData("fe80::1")]
    [InlineData("::1")]
    [InlineData("2001:db8::")]
    [InlineData("::ffff:192.0.2.128")]
    [InlineData("dead::beef")]
    [InlineData("fe80::abcd")]
    [InlineData("DEAD:BEEF::CAFE")]
    [InlineData("dead:beef:cafe:babe:face:feed:bead:fade")]
    public void Finds_ipv4_and_full_or_compressed_ipv6(string address)
    {
        PiiAssert.FindsOnly(PiiKind.IpAddress, $"from {address}, then", address);
    }

    [Theory]
    [InlineData("256.1.1.1")]
    [InlineData("192.168.01.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("version 1.2.3.4")]
    [InlineData("at 10:30:45")]
    [InlineData("mac 00:1A:2B:3C:4D:5E")]
    [InlineData("std::vector")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("2001:db8::1::2")]
    [InlineData("a::b")]
    [InlineData("add::be")]
    [InlineData("Face::Cafe")]
    [InlineData("::beef")]
    public void Rejects_out_of_range_versions_times_macs_and_scope_operators(string text)
    {
        PiiAssert.FindsNothing($"see {text} now");
    }

    [Theory]
    [InlineData("version 1.2.3.4")]
    [InlineData("Version: 1.2.3.4")]
    [InlineData("version=1.2.3.4")]
    [InlineData("ver. 1.2.3.4")]
    [InlineData("v 1.2.3.4")]
    [InlineData("v1.2.3.4")]
    [InlineData("build #10.0.1.2")]
    [InlineData("Revision 2.0.0.1")]
    public void Reads_a_dotted_quad_labelled_as_a_version_as_a_version(string text)
    {
        PiiAssert.FindsNothing($"shipped {text} today");
    }

    [Theory]
    [InlineData("server 1.2.3.4")]
    [InlineData("IP 1.2.3.4")]
    [InlineData("from 1.2.3.4")]
    [InlineData("subversion 1.2.3.4")]
    [InlineData("version 2 runs on 1.2.3.4")]
    public void Reads_an_unlabelled_dotted_quad_as_an_address_even_near_version_like_words(string text)
    {
        PiiAssert.FindsOnly(PiiKind.IpAddress, $"see {text} now", "1.2.3.4");
    }
}
