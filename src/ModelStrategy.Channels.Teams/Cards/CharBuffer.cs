using System.Buffers;
using System.Globalization;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>
/// Builds a short text (a bullet, "value (source)") in a caller's stack buffer, growing into a pooled array only when
/// it does not fit, so a card's texts cost no string allocations. Dispose returns the pooled array.
/// </summary>
/// <param name="initial">Usually <c>stackalloc char[256]</c>.</param>
internal ref struct CharBuffer(Span<char> initial)
{
    private Span<char> _chars = initial;
    private char[]? _rented;
    private int _length;

    /// <summary>What was appended so far.</summary>
    public readonly ReadOnlySpan<char> Text => _chars[.._length];

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(_length + text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    public void Append(char value)
    {
        if (_length == _chars.Length)
        {
            Grow(_length + 1);
        }

        _chars[_length++] = value;
    }

    public void Append(int value)
    {
        int written;
        while (!value.TryFormat(_chars[_length..], out written, default, CultureInfo.InvariantCulture))
        {
            Grow(_chars.Length + 16);
        }

        _length += written;
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _chars.Length * 2));
        _chars[.._length].CopyTo(larger);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _rented = larger;
        _chars = larger;
    }
}
