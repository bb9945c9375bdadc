using System.Buffers.Binary;

namespace Search.Benchmarks.Measuring.Http2;

/// <summary>One of <see cref="LeanGrpcLoad"/>'s callers: the call it has in flight, what has come back, and its latencies.</summary>
internal sealed class Caller(int index, LatencyLog log)
{
    private byte[] _message = new byte[16 * 1024];
    private int _messageLength;
    private byte[] _headers = new byte[1024];
    private int _headersLength;
    private bool _headersEndStream;
    private int? _status;
    private long _began;
    private int _iteration;
    private int _request;

    public int StreamId { get; private set; }

    /// <summary>Where this caller's latencies go; open-loop callers share one, made before the clock starts.</summary>
    public LatencyLog Log { get; } = log;

    /// <summary>Which request the next call sends: callers start 61 apart, so they do not search in step.</summary>
    public int NextRequest(int count) => (_iteration++ + index * 61) % count;

    /// <summary>A call of request <paramref name="request"/> went out; its latency counts from <paramref name="due"/>.</summary>
    public void Start(int streamId, int request, long due)
    {
        StreamId = streamId;
        _request = request;
        _began = due;
        _messageLength = 0;
        _status = null;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        Grow(ref _message, _messageLength + data.Length);
        data.CopyTo(_message.AsSpan(_messageLength));
        _messageLength += data.Length;
    }

    public void BeginHeaders(bool endsStream)
    {
        _headersEndStream = endsStream;
        _headersLength = 0;
    }

    /// <summary>Adds a HEADERS or CONTINUATION fragment; true when the block is whole and it ends the call (trailers).</summary>
    public bool AddHeaders(ReadOnlySpan<byte> fragment, bool endHeaders)
    {
        Grow(ref _headers, _headersLength + fragment.Length);
        fragment.CopyTo(_headers.AsSpan(_headersLength));
        _headersLength += fragment.Length;
        if (!endHeaders)
        {
            return false;
        }
        if (!_headersEndStream)
        {
            return false; // the response headers: gRPC puts grpc-status in the trailers
        }
        _status = HeaderBlocks.GrpcStatus(_headers.AsSpan(0, _headersLength));
        return true;
    }

    /// <summary>Logs the call: a success only with grpc-status 0 and exactly one uncompressed message that <paramref name="accept"/> takes.</summary>
    public void Finish(long now, Func<int, ReadOnlySpan<byte>, bool> accept)
    {
        var received = _message.AsSpan(0, _messageLength);
        var ok = _status == 0
            && received.Length >= 5 && received[0] == 0
            && BinaryPrimitives.ReadInt32BigEndian(received[1..]) == received.Length - 5
            && Accepts(accept, received[5..]);
        if (ok)
        {
            Log.Add(now - _began);
        }
        else
        {
            Log.Fail(now - _began);
        }
    }

    // A malformed answer is one failed call, not the end of the run.
    private bool Accepts(Func<int, ReadOnlySpan<byte>, bool> accept, ReadOnlySpan<byte> message)
    {
        try
        {
            return accept(_request, message);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static void Grow(ref byte[] buffer, int needed)
    {
        if (needed > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }
    }
}
