using System.Net;
using System.Net.Sockets;

namespace ModelStrategy.Bot.Access;

/// <summary>
/// The rate limiter's view of a client address: an IPv4 address as is, an IPv6 address by its /64 network (one
/// subscriber usually holds a whole /64, so counting single IPv6 addresses would let one client rotate through
/// billions of them). IPv4-mapped IPv6 addresses count as their IPv4 address.
/// </summary>
internal static class ClientAddress
{
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "?";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
