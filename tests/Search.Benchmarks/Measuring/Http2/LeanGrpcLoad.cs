using System.Buffers.Binary;
using System.Diagnostics;
using System.Net.Sockets;

namespace Search.Benchmarks.Measuring.Http2;

/// <summary>
/// Closed-loop unary gRPC load over one HTTP/2 connection, made the way h2load makes it: one thread,
/// one socket, every request's bytes made in advance, and a caller's next call sent as soon as its
/// answer is complete. It leaves the two shared cores to the server (Grpc.Net.Client takes 40–60 µs
/// of CPU per call here), and unlike h2load it sends a different request per call and reads the
/// trailers. A call succeeds only if it ends with grpc-status 0 and its message passes the check.
/// </summary>
internal sealed class LeanGrpcLoad
{
    private const int FrameHeaderLength = 9;
    private const byte EndStream = 0x1, Ack = 0x1, EndHeaders = 0x4, Padded = 0x8, Priority = 0x20;
    private const int MaxWindow = int.MaxValue;
    private const int MaxFrameLength = 16_384;

    private readonly Socket _socket;
    private readonly byte[] _headerBlock;
    private readonly byte[][] _payloads;
    private readonly Func<int, ReadOnlySpan<byte>, bool> _accept;
    private readonly Dictionary<int, Caller> _streams = [];
    private readonly byte[] _output = new byte[1 << 16];
    private int _outputLength;
    private int _nextStreamId = 1;
    private long _sendWindow = 65_535;
    private long _receivedSinceUpdate;
    private long _deadline;
    private int _active;
    private int _maxStreams = int.MaxValue;
    private Action<Caller>? _completed; // open loop: where a caller goes when its call is done

    private LeanGrpcLoad(Socket socket, Uri address, string path, IReadOnlyList<byte[]> messages, Func<int, ReadOnlySpan<byte>, bool> accept)
    {
        _socket = socket;
        _headerBlock = HeaderBlocks.Request(address.Authority, path);
        _payloads = [.. messages.Select(Framed)];
        _accept = accept;
        // Each request goes out as one HEADERS and one DATA frame: both must fit HTTP/2's default frame size.
        if (_headerBlock.Length > MaxFrameLength || _payloads.Any(p => p.Length > MaxFrameLength))
        {
            throw new ArgumentException($"a request's header block or message is over {MaxFrameLength} bytes, more than one HTTP/2 frame");
        }
        // A server that stops answering fails the run instead of hanging it.
        _socket.ReceiveTimeout = 30_000;
        Open();
    }

    /// <summary>
    /// Keeps <paramref name="concurrency"/> calls of <paramref name="path"/> in flight for <paramref name="duration"/>.
    /// Caller c's i-th call sends <paramref name="messages"/>[(i + 61 c) mod n], as the Grpc.Net.Client rows do;
    /// <paramref name="accept"/> gets that index and the answer's serialised message.
    /// </summary>
    public static LoadResult Run(Uri address, string path, IReadOnlyList<byte[]> messages, Func<int, ReadOnlySpan<byte>, bool> accept, int concurrency, TimeSpan duration, params int[] serverProcessIds)
    {
        // Kestrel's default limit; past it the server would refuse streams, and this closed loop does not queue.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(concurrency, 100);
        using var socket = Connect(address);
        var load = new LeanGrpcLoad(socket, address, path, messages, accept);
        // Logs sized for the run before the clock starts, so none grows (a large-heap allocation) while timed.
        var expected = (int)Math.Min(duration.TotalSeconds * 100_000 / concurrency, 1 << 24);
        var callers = Enumerable.Range(0, concurrency).Select(c => new Caller(c, new LatencyLog(expected))).ToList();
        return Measure(callers, serverProcessIds, () =>
        {
            load._deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            foreach (var caller in callers)
            {
                load.Send(caller, caller.NextRequest(load._payloads.Length), Stopwatch.GetTimestamp());
            }
            load.Serve(nextDue: () => long.MaxValue);
        });
    }

    /// <summary>
    /// Open loop: call k is due <paramref name="ratePerSecond"/>⁻¹ × k after the start, whether or not earlier
    /// calls have answered, and sends <paramref name="messages"/>[k mod n]. Its latency counts from when it was
    /// due, so a stall shows in the percentiles (no coordinated omission); between calls the thread sleeps in
    /// poll(2) for at most a millisecond, which is the schedule's tick.
    /// </summary>
    public static LoadResult RunPaced(Uri address, string path, IReadOnlyList<byte[]> messages, Func<int, ReadOnlySpan<byte>, bool> accept, double ratePerSecond, TimeSpan duration, params int[] serverProcessIds)
    {
        using var socket = Connect(address);
        var load = new LeanGrpcLoad(socket, address, path, messages, accept);
        var callers = new List<Caller>();
        var free = new Stack<Caller>();
        var total = (int)(ratePerSecond * duration.TotalSeconds);
        var log = new LatencyLog(total);
        load._completed = free.Push;
        long waits = 0;
        return Measure(callers, serverProcessIds, () =>
        {
            var interval = Stopwatch.Frequency / ratePerSecond;
            var origin = Stopwatch.GetTimestamp();
            long next = 0;
            long counted = 0; // calls up to here are already in waits
            long Due(long call) => origin + (long)(call * interval);
            load.Serve(nextDue: () =>
            {
                var now = Stopwatch.GetTimestamp();
                // Past the server's stream limit a call waits for a free stream, as Grpc.Net.Client's do
                // (the server would refuse it); the wait counts in its latency.
                for (; next < total && Due(next) <= now && load._active < load._maxStreams; next++)
                {
                    if (!free.TryPop(out var caller))
                    {
                        callers.Add(caller = new Caller(callers.Count, log));
                    }
                    load.Send(caller, (int)(next % load._payloads.Length), Due(next));
                }
                if (next < total && Due(next) <= now)
                {
                    // Still due, so the stream limit held them back: count each such call once.
                    var dueByNow = Math.Min(total, (long)((now - origin) / interval) + 1);
                    waits += Math.Max(0, dueByNow - Math.Max(counted, next));
                    counted = Math.Max(counted, dueByNow);
                }
                return next < total ? Due(next) : long.MaxValue;
            });
        }, () => waits);
    }

    /// <summary>The open loop's count of calls held back by the stream limit, as a row's note says it.</summary>
    public static string Waits(LoadResult result) =>
        $"{result.StreamLimitWaits:N0} calls waited for a free stream (server behind by its whole stream limit)";

    private static Socket Connect(Uri address)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Connect(address.Host, address.Port);
            return socket;
        }
        catch (SocketException e)
        {
            socket.Dispose();
            // Said in one line by the program (no server there is a typo, not a crash).
            throw new InvalidOperationException($"cannot connect to {address}: {e.Message}", e);
        }
    }

    private static LoadResult Measure(List<Caller> callers, int[] serverProcessIds, Action run, Func<long>? streamLimitWaits = null)
    {
        // Start from a collected heap, so this process's own pauses stay out of the timed run.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var cpu = CpuUsage.Start(serverProcessIds);
        var clientCpu = Environment.CpuUsage.TotalTime;
        var serverCpu = CpuUsage.ProcessTime(serverProcessIds);
        var stopwatch = Stopwatch.StartNew();
        run();
        var elapsed = stopwatch.Elapsed;
        var logs = callers.Select(c => c.Log).Distinct().ToList();
        return new LoadResult(logs.Sum(l => (long)l.Count), logs.Sum(l => l.Failures), elapsed,
            LatencyLog.Merge(logs), othersCpuFraction: cpu.OthersFraction(),
            processCpu: Environment.CpuUsage.TotalTime - clientCpu, serverCpu: serverProcessIds.Length > 0 ? CpuUsage.ProcessTime(serverProcessIds) - serverCpu : null)
        {
            StreamLimitWaits = streamLimitWaits?.Invoke() ?? 0,
        };
    }

    /// <summary>gRPC's length-prefixed message: no compression flag, then the length in 4 big-endian bytes.</summary>
    public static byte[] Framed(byte[] message)
    {
        var framed = new byte[5 + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(framed.AsSpan(1), message.Length);
        message.CopyTo(framed, 5);
        return framed;
    }

    private void Open()
    {
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.CopyTo(Reserve(24));
        // Header table 0 (no dynamic table to track), no push, the largest stream window.
        var settings = Frame(18, FrameType.Settings, 0, 0);
        WriteSetting(settings, 0x1, 0);
        WriteSetting(settings[6..], 0x2, 0);
        WriteSetting(settings[12..], 0x4, MaxWindow);
        BinaryPrimitives.WriteInt32BigEndian(Frame(4, FrameType.WindowUpdate, 0, 0), MaxWindow - 65_535);
        Flush();
    }

    private void Send(Caller caller, int request, long due)
    {
        var payload = _payloads[request];
        if ((_sendWindow -= payload.Length) < 0)
        {
            throw new InvalidOperationException("the server's HTTP/2 connection window ran out; requests are too large for this driver");
        }
        var streamId = _nextStreamId;
        _nextStreamId += 2;
        _headerBlock.CopyTo(Frame(_headerBlock.Length, FrameType.Headers, EndHeaders, streamId));
        payload.CopyTo(Frame(payload.Length, FrameType.Data, EndStream, streamId));
        caller.Start(streamId, request, due);
        _streams.Add(streamId, caller);
        _active++;
    }

    // Reads and answers frames until no call is in flight and none is due. nextDue sends what is due
    // and says when the next call is (long.MaxValue: none; the closed loop sends from Complete instead).
    private void Serve(Func<long> nextDue)
    {
        var input = new byte[1 << 20];
        int start = 0, end = 0;
        _socket.Blocking = true;
        while (true)
        {
            var due = nextDue();
            Flush();
            if (_active == 0 && due == long.MaxValue)
            {
                return;
            }
            // A call is due later: wait for an answer for at most a millisecond (poll(2) counts in whole
            // milliseconds, and waiting less would spin a core away from the server).
            if (due != long.MaxValue && !_socket.Poll(1_000, SelectMode.SelectRead))
            {
                continue;
            }
            if (end == input.Length)
            {
                input.AsSpan(start, end - start).CopyTo(input);
                (start, end) = (0, end - start);
            }
            var received = _socket.Receive(input, end, input.Length - end, SocketFlags.None);
            if (received == 0)
            {
                throw new InvalidOperationException($"the server closed the connection with {_active} calls in flight");
            }
            end += received;
            while (end - start >= FrameHeaderLength)
            {
                var frame = input.AsSpan(start, end - start);
                var length = frame[0] << 16 | frame[1] << 8 | frame[2];
                if (frame.Length < FrameHeaderLength + length)
                {
                    break;
                }
                Handle((FrameType)frame[3], frame[4], BinaryPrimitives.ReadInt32BigEndian(frame[5..]) & int.MaxValue, frame.Slice(FrameHeaderLength, length));
                start += FrameHeaderLength + length;
            }
            if (start == end)
            {
                start = end = 0;
            }
        }
    }

    private void Handle(FrameType type, byte flags, int streamId, ReadOnlySpan<byte> payload)
    {
        Caller? caller;
        switch (type)
        {
            case FrameType.Data:
                _receivedSinceUpdate += payload.Length;
                if (_receivedSinceUpdate > 1 << 28)
                {
                    BinaryPrimitives.WriteInt32BigEndian(Frame(4, FrameType.WindowUpdate, 0, 0), (int)_receivedSinceUpdate);
                    _receivedSinceUpdate = 0;
                }
                if (!_streams.TryGetValue(streamId, out caller))
                {
                    break; // a stream already ended (reset); its late frames carry nothing to check
                }
                caller.Append(Unpadded(payload, flags));
                if ((flags & EndStream) != 0)
                {
                    Complete(caller); // no trailers: fails for want of a grpc-status
                }
                break;
            case FrameType.Headers or FrameType.Continuation:
                if (!_streams.TryGetValue(streamId, out caller))
                {
                    break;
                }
                if (type == FrameType.Headers)
                {
                    caller.BeginHeaders((flags & EndStream) != 0);
                    payload = Unpadded(payload, flags);
                    payload = (flags & Priority) != 0 ? payload[5..] : payload;
                }
                if (caller.AddHeaders(payload, (flags & EndHeaders) != 0))
                {
                    Complete(caller);
                }
                break;
            case FrameType.RstStream when _streams.TryGetValue(streamId, out caller):
                Complete(caller);
                break;
            case FrameType.Settings when (flags & Ack) == 0:
                for (var setting = payload; setting.Length >= 6; setting = setting[6..])
                {
                    if (BinaryPrimitives.ReadUInt16BigEndian(setting) == 0x3) // SETTINGS_MAX_CONCURRENT_STREAMS
                    {
                        _maxStreams = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(setting[2..]), int.MaxValue);
                    }
                }
                Frame(0, FrameType.Settings, Ack, 0);
                break;
            case FrameType.Ping when (flags & Ack) == 0:
                payload.CopyTo(Frame(payload.Length, FrameType.Ping, Ack, 0));
                break;
            case FrameType.WindowUpdate when streamId == 0:
                _sendWindow += BinaryPrimitives.ReadInt32BigEndian(payload) & int.MaxValue;
                break;
            case FrameType.GoAway:
                throw new InvalidOperationException($"the server sent GOAWAY, error code {BinaryPrimitives.ReadInt32BigEndian(payload[4..])}");
        }
    }

    private void Complete(Caller caller)
    {
        _streams.Remove(caller.StreamId);
        _active--;
        var now = Stopwatch.GetTimestamp();
        caller.Finish(now, _accept);
        if (_completed is { } completed)
        {
            completed(caller);
        }
        else if (now < _deadline)
        {
            Send(caller, caller.NextRequest(_payloads.Length), now);
        }
    }

    private static ReadOnlySpan<byte> Unpadded(ReadOnlySpan<byte> payload, byte flags) =>
        (flags & Padded) != 0 ? payload[1..^payload[0]] : payload;

    private Span<byte> Frame(int length, FrameType type, byte flags, int streamId)
    {
        var frame = Reserve(FrameHeaderLength + length);
        frame[0] = (byte)(length >> 16);
        frame[1] = (byte)(length >> 8);
        frame[2] = (byte)length;
        frame[3] = (byte)type;
        frame[4] = flags;
        BinaryPrimitives.WriteInt32BigEndian(frame[5..], streamId);
        return frame[FrameHeaderLength..];
    }

    private static void WriteSetting(Span<byte> destination, ushort id, int value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, id);
        BinaryPrimitives.WriteInt32BigEndian(destination[2..], value);
    }

    private Span<byte> Reserve(int length)
    {
        if (_outputLength + length > _output.Length)
        {
            Flush();
        }
        var reserved = _output.AsSpan(_outputLength, length);
        _outputLength += length;
        return reserved;
    }

    // Everything made while one read was handled goes out in one system call, as in h2load's event loop.
    private void Flush()
    {
        for (var sent = 0; sent < _outputLength;)
        {
            sent += _socket.Send(_output, sent, _outputLength - sent, SocketFlags.None);
        }
        _outputLength = 0;
    }

    private enum FrameType : byte
    {
        Data = 0,
        Headers = 1,
        RstStream = 3,
        Settings = 4,
        Ping = 6,
        GoAway = 7,
        WindowUpdate = 8,
        Continuation = 9,
    }
}
