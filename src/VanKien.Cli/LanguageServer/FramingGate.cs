using System.Globalization;
using System.Text;

namespace VanKien.Cli.LanguageServer;

/// <summary>
/// Stands between stdin and the JSON-RPC reader and passes on only well-framed messages, framed anew.
/// An editor's (or an attacker's) bad framing — a message with no header, <c>Content-Length: abc</c>, a
/// negative, huge or wrong length — is dropped, said on stderr, and reading goes on at the next
/// <c>Content-Length</c> header: StreamJsonRpc's own reader ends the session on a bad header and, after
/// a wrong length, reads every later message out of step.
/// The resynchronisation is sound because no valid JSON body can hold a header: "Content-Length:",
/// digits and a raw CR LF cannot stand inside a JSON string (raw control characters are not allowed
/// there) nor between its tokens. So a body of declared length that holds one was given a wrong
/// length, and the message ends where the header begins.
/// </summary>
internal sealed class FramingGate(Stream input) : Stream
{
    /// <summary>The largest message taken: a source at the reader's limit (8 MB), escaped as JSON, fits several times over.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    /// <summary>A header block longer than this without its blank line is no header.</summary>
    private const int MaxHeaderBytes = 8 * 1024;

    private static readonly byte[] Name = "content-length:"u8.ToArray();

    // Raw bytes read but not yet framed: _raw[_start.._end).
    private byte[] _raw = new byte[64 * 1024];
    private int _start;
    private int _end;

    // The framed message being handed on.
    private byte[] _out = [];
    private int _outAt;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0) return 0;
        if (_outAt == _out.Length)
        {
            if (await NextMessage(cancellationToken) is not { } message) return 0;
            (_out, _outAt) = (message, 0);
        }
        var count = Math.Min(buffer.Length, _out.Length - _outAt);
        _out.AsMemory(_outAt, count).CopyTo(buffer);
        _outAt += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>The next well-framed message (header and body), or null when the input ends.</summary>
    private async Task<byte[]?> NextMessage(CancellationToken cancellationToken)
    {
        long skipped = 0;
        while (true)
        {
            var at = IndexOfName(_raw.AsSpan(_start, _end - _start));
            if (at < 0)
            {
                // No header yet: keep only what could be the start of one, so garbage never piles up.
                var keep = Math.Min(_end - _start, Name.Length - 1);
                skipped += _end - _start - keep;
                _start = _end - keep;
                if (!await Fill(cancellationToken)) return Ended(skipped + keep);
                continue;
            }
            skipped += at;
            _start += at;
            var header = ParseHeader(_raw.AsSpan(_start, _end - _start), out var headerLength, out var length);
            if (header == HeaderState.Incomplete && _end - _start <= MaxHeaderBytes)
            {
                if (!await Fill(cancellationToken)) return Ended(skipped + _end - _start);
                continue;
            }
            if (header != HeaderState.Complete || length > MaxMessageBytes)
            {
                // Not a header we take (abc, -5, a length past the limit): step over its name, look for the next.
                Say($"bỏ qua một tiêu đề Content-Length không hợp lệ{(length > MaxMessageBytes ? $" ({length} byte, quá giới hạn)" : "")}");
                _start += Name.Length;
                skipped += Name.Length;
                continue;
            }
            // The body: the declared bytes, unless a header comes first (the length was wrong).
            var size = (int)length;
            var scanned = 0;
            var wrong = -1;
            while (true)
            {
                var available = Math.Min(size, _end - _start - headerLength);
                var from = Math.Max(0, scanned - Name.Length - 24);
                if (IndexOfHeader(_raw.AsSpan(_start + headerLength + from, available - from)) is var next and >= 0)
                {
                    wrong = from + next;
                    break;
                }
                scanned = available;
                if (available >= size) break;
                if (!await Fill(cancellationToken)) return Ended(skipped + _end - _start);
            }
            if (wrong >= 0)
            {
                Say("bỏ qua một thông điệp có độ dài Content-Length sai");
                skipped += headerLength + wrong;
                _start += headerLength + wrong;
                continue;
            }
            if (skipped > 0) Say($"bỏ qua {skipped} byte không thuộc thông điệp nào");
            if (!IsOneJsonValue(_raw.AsSpan(_start + headerLength, size)))
            {
                // StreamJsonRpc's reader, given a body it cannot parse, does not step over it: it reads the
                // body as the next header and every later message out of step. So only JSON passes.
                Say("bỏ qua một thông điệp không phải JSON hợp lệ");
                _start += headerLength + size;
                skipped = 0;
                continue;
            }
            var prefix = Encoding.ASCII.GetBytes($"Content-Length: {size.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
            var message = new byte[prefix.Length + size];
            prefix.CopyTo(message, 0);
            _raw.AsSpan(_start + headerLength, size).CopyTo(message.AsSpan(prefix.Length));
            _start += headerLength + size;
            return message;
        }
    }

    /// <summary>Whether the body is one well-formed JSON value (UTF-8, nested no deeper than System.Text.Json reads), and nothing after it.</summary>
    private static bool IsOneJsonValue(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(body, new System.Text.Json.JsonReaderOptions { MaxDepth = 64 });
            while (reader.Read()) { }
            return reader.BytesConsumed > 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private enum HeaderState { Complete, Incomplete, Bad }

    /// <summary>
    /// A header block that starts with Content-Length: its digits, a CR LF, any further "name: value" lines,
    /// and the blank line. <paramref name="headerLength"/> counts the block with its blank line.
    /// </summary>
    private static HeaderState ParseHeader(ReadOnlySpan<byte> span, out int headerLength, out long length)
    {
        headerLength = 0;
        length = 0;
        var at = Name.Length;
        while (at < span.Length && span[at] is (byte)' ' or (byte)'\t') at++;
        var digits = 0;
        for (; at < span.Length && span[at] is >= (byte)'0' and <= (byte)'9'; at++, digits++)
            if (digits < 18) length = length * 10 + (span[at] - '0');
        if (at == span.Length) return HeaderState.Incomplete;
        if (digits == 0) return HeaderState.Bad;
        if (digits >= 18) length = long.MaxValue;
        while (at < span.Length && span[at] is (byte)' ' or (byte)'\t') at++;
        if (span.Length - at < 2) return HeaderState.Incomplete;
        if (span[at] != '\r' || span[at + 1] != '\n') return HeaderState.Bad;
        at += 2;
        while (true)
        {
            if (span.Length - at < 2) return HeaderState.Incomplete;
            if (span[at] == '\r' && span[at + 1] == '\n')
            {
                headerLength = at + 2;
                return HeaderState.Complete;
            }
            var end = span[at..].IndexOf("\r\n"u8);
            if (end < 0) return HeaderState.Incomplete;
            if (span.Slice(at, end).IndexOf((byte)':') < 0) return HeaderState.Bad;
            at += end + 2;
        }
    }

    /// <summary>Where "Content-Length:" (any case) first stands in <paramref name="span"/>, or -1.</summary>
    private static int IndexOfName(ReadOnlySpan<byte> span)
    {
        for (var i = 0; i + Name.Length <= span.Length; i++)
        {
            var found = span[i..].IndexOfAny((byte)'c', (byte)'C');
            if (found < 0) return -1;
            i += found;
            if (i + Name.Length > span.Length) return -1;
            if (Ascii.EqualsIgnoreCase(span.Slice(i, Name.Length), Name)) return i;
        }
        return -1;
    }

    /// <summary>Where a whole Content-Length line (name, digits, CR LF) first stands, or -1: never inside a valid JSON body.</summary>
    private static int IndexOfHeader(ReadOnlySpan<byte> span)
    {
        for (var from = 0; from < span.Length;)
        {
            var at = IndexOfName(span[from..]);
            if (at < 0) return -1;
            var i = from + at + Name.Length;
            while (i < span.Length && span[i] is (byte)' ' or (byte)'\t') i++;
            var digits = i;
            while (i < span.Length && span[i] is >= (byte)'0' and <= (byte)'9') i++;
            if (i > digits && span.Length - i >= 2 && span[i] == '\r' && span[i + 1] == '\n') return from + at;
            from += at + 1;
        }
        return -1;
    }

    /// <summary>Reads more raw bytes; false when the input has ended.</summary>
    private async Task<bool> Fill(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _raw.AsSpan(_start, _end - _start).CopyTo(_raw);
            (_end, _start) = (_end - _start, 0);
        }
        if (_end == _raw.Length) Array.Resize(ref _raw, (int)Math.Min((long)_raw.Length * 2, MaxMessageBytes + 2L * MaxHeaderBytes));
        var read = await input.ReadAsync(_raw.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }

    private static byte[]? Ended(long skipped)
    {
        if (skipped > 0) Say($"bỏ qua {skipped} byte cuối không thành thông điệp");
        return null;
    }

    private static void Say(string message) => Console.Error.WriteLine($"vankien lsp: {message}");

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) input.Dispose();
        base.Dispose(disposing);
    }
}
