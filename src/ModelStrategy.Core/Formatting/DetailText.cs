using System.Runtime.CompilerServices;

namespace ModelStrategy.Core.Formatting;

/// <summary>Something that records explanations only when asked for detail.</summary>
internal interface IDetailSink
{
    bool Detailed { get; }
}

/// <summary>
/// An interpolated string that is formatted only when its sink is detailed, so the fast path of the engine
/// (used thousands of times by the "what would change this answer" search) never builds text it throws away.
/// </summary>
[InterpolatedStringHandler]
internal ref struct DetailText
{
    private DefaultInterpolatedStringHandler _inner;
    private readonly bool _enabled;

    public DetailText(int literalLength, int formattedCount, IDetailSink sink, out bool shouldAppend)
    {
        _enabled = sink.Detailed;
        shouldAppend = _enabled;
        _inner = _enabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

    public string ToStringAndClear() => _enabled ? _inner.ToStringAndClear() : string.Empty;
}
