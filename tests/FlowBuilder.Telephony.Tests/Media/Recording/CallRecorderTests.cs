using System.Buffers.Binary;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Recording;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Recording;

public sealed class CallRecorderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fb-rec-").FullName;
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Complete_Mono_WritesHeaderWithTheSizesAndTheDecodedSamples()
    {
        var path = Path.Combine(_folder, "mono.wav");
        using var recorder = new CallRecorder(path, 1, _time);
        _time.Advance(TimeSpan.FromMilliseconds(20));

        recorder.Write(0, (byte)G711Codec.Pcmu, ssrc: 1, timestamp: 0, Frame(G711MuLaw.Encode(8000)));
        var length = recorder.Complete();

        var (channels, data) = Read(path);
        length.ShouldBe(new FileInfo(path).Length);
        channels.ShouldBe(1);
        data.Length.ShouldBe(160);
        data.ShouldAllBe(s => s == G711MuLaw.Decode(G711MuLaw.Encode(8000)));
    }

    [Fact]
    public void Write_GapInTimestamps_IsFilledWithSilenceOnTheTimeline()
    {
        var path = Path.Combine(_folder, "gap.wav");
        using var recorder = new CallRecorder(path, 1, _time);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        recorder.Write(0, (byte)G711Codec.Pcma, 1, 1000, Frame(G711ALaw.Encode(4000)));
        _time.Advance(TimeSpan.FromMilliseconds(100));

        // Four frames lost: the next one carries timestamp +800 and lands 100 ms after the first.
        recorder.Write(0, (byte)G711Codec.Pcma, 1, 1800, Frame(G711ALaw.Encode(4000)));
        recorder.Complete();

        var (_, data) = Read(path);
        data.Length.ShouldBe(960);
        data[..160].ShouldAllBe(s => s != 0);
        data[160..800].ShouldAllBe(s => s == 0);
        data[800..].ShouldAllBe(s => s != 0);
    }

    [Fact]
    public void Write_Stereo_KeepsLeftAndRightAlignedByArrival()
    {
        var path = Path.Combine(_folder, "stereo.wav");
        using var recorder = new CallRecorder(path, 2, _time);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        recorder.Write(1, (byte)G711Codec.Pcmu, 7, 50_000, Frame(G711MuLaw.Encode(-6000)));
        _time.Advance(TimeSpan.FromMilliseconds(40));

        recorder.Write(0, (byte)G711Codec.Pcmu, 9, 3, Frame(G711MuLaw.Encode(6000)));
        recorder.Complete();

        var (channels, data) = Read(path);
        channels.ShouldBe(2);
        var left = data.Where((_, i) => i % 2 == 0).ToArray();
        var right = data.Where((_, i) => i % 2 == 1).ToArray();
        left.Length.ShouldBe(480);
        right[..160].ShouldAllBe(s => s < 0);
        right[160..].ShouldAllBe(s => s == 0);
        left[..320].ShouldAllBe(s => s == 0);
        left[320..].ShouldAllBe(s => s > 0);
    }

    [Fact]
    public void Write_LongCall_HoldsAtMostOneWindowAndStreamsTheRestToDisk()
    {
        var path = Path.Combine(_folder, "long.wav");
        using var recorder = new CallRecorder(path, 1, _time);
        for (var i = 0; i < 150; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(20));
            recorder.Write(0, (byte)G711Codec.Pcmu, 1, (uint)(i * 160), Frame(G711MuLaw.Encode(1000)));
        }

        recorder.SamplesWritten.ShouldBeGreaterThanOrEqualTo(150 * 160 - CallRecorder.WindowSamples);
        recorder.Complete();
        Read(path).Samples.Length.ShouldBe(150 * 160);
    }

    [Fact]
    public void Write_TelephoneEventsAndComfortNoise_AreIgnored()
    {
        var path = Path.Combine(_folder, "events.wav");
        using var recorder = new CallRecorder(path, 1, _time);
        _time.Advance(TimeSpan.FromMilliseconds(20));

        recorder.Write(0, 101, 1, 0, [1, 0x8A, 0, 160]);
        recorder.Write(0, 13, 1, 0, [40]);
        recorder.Complete();

        Read(path).Samples.ShouldAllBe(s => s == 0);
    }

    private static byte[] Frame(byte code) => Enumerable.Repeat(code, 160).ToArray();

    private static (int Channels, short[] Samples) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        "RIFF"u8.SequenceEqual(bytes.AsSpan(0, 4)).ShouldBeTrue();
        BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)).ShouldBe(bytes.Length - 8);
        BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(24)).ShouldBe(8000);
        var dataLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(40));
        dataLength.ShouldBe(bytes.Length - 44);
        var samples = new short[dataLength / 2];
        for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(44 + 2 * i));
        return (BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(22)), samples);
    }
}
