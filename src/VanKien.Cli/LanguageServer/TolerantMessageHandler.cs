using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace VanKien.Cli.LanguageServer;

/// <summary>
/// Content-Length framing that survives a message it cannot parse: the message is dropped, said on
/// stderr, and the next one read — an editor's bad message must not end the session. Bad framing
/// itself (no header, a wrong length) never reaches it: <see cref="FramingGate"/> drops that first.
/// </summary>
internal sealed class TolerantMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    /// <summary>Bad messages in a row past which the stream itself is taken to be broken.</summary>
    private const int MaxInARow = 100;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or ObjectDisposedException or IOException) && failures < MaxInARow)
            {
                await Console.Error.WriteLineAsync($"vankien lsp: bỏ qua một thông điệp không đọc được ({ex.GetType().Name}: {ex.Message})");
            }
        }
    }
}
