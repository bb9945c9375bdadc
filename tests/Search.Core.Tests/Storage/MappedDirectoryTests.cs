using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Storage;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Storage;

public class MappedDirectoryTests
{
    private static MappedDirectory Open(TempFolder folder) => new(new DirectoryInfo(folder.Path));

    private static void Write(Lucene.Net.Store.Directory directory, string name, Action<IndexOutput> write)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        write(output);
    }

    [Fact]
    public void Reads_back_every_kind_of_value_written_by_Lucene()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue];
        long[] longs = [0, 1, 127, 128, (1L << 35) + 3, long.MaxValue];
        Write(directory, "values", output =>
        {
            output.WriteByte(0xAB);
            output.WriteInt16(-2);
            foreach (var i in ints)
            {
                output.WriteInt32(i);
                output.WriteVInt32(i);
            }
            foreach (var l in longs)
            {
                output.WriteInt64(l);
                output.WriteVInt64(l);
            }
            output.WriteString("Pyongyang – Seoul");
            output.WriteBytes([1, 2, 3, 4, 5], 5);
        });

        using var input = directory.OpenInput("values", IOContext.DEFAULT);
        Assert.Equal(0xAB, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        foreach (var i in ints)
        {
            Assert.Equal(i, input.ReadInt32());
            Assert.Equal(i, input.ReadVInt32());
        }
        foreach (var l in longs)
        {
            Assert.Equal(l, input.ReadInt64());
            Assert.Equal(l, input.ReadVInt64());
        }
        Assert.Equal("Pyongyang – Seoul", input.ReadString());
        var bytes = new byte[5];
        input.ReadBytes(bytes, 0, 5);
        Assert.Equal([1, 2, 3, 4, 5], bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void A_variable_length_int_that_ends_the_file_is_read_whole()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);
        Write(directory, "tail", output =>
        {
            output.WriteVInt32(300_000);
            output.WriteVInt64(70_000);
        });

        using var input = directory.OpenInput("tail", IOContext.DEFAULT);
        Assert.Equal((300_000, 70_000L), (input.ReadVInt32(), input.ReadVInt64()));
    }

    [Fact]
    public void Clones_start_where_the_original_is_and_then_move_on_their_own()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);
        Write(directory, "ten", output => output.WriteBytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 10));

        using var input = directory.OpenInput("ten", IOContext.DEFAULT);
        input.Seek(4);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(4, clone.ReadByte());
        clone.Seek(9);
        Assert.Equal((byte)4, input.ReadByte());
        Assert.Equal((byte)9, clone.ReadByte());
        Assert.Equal((5L, 10L), (input.Position, clone.Position));
    }

    [Fact]
    public void Reading_or_seeking_past_the_end_throws_and_leaves_the_position_alone()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);
        Write(directory, "three", output => output.WriteBytes([7, 8, 9], 3));

        using var input = directory.OpenInput("three", IOContext.DEFAULT);
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[2], 0, 2));
        Assert.Throws<EndOfStreamException>(() => input.Seek(4));
        Assert.Equal(2, input.Position);
        Assert.Equal(9, input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        input.Seek(3);
        Assert.Equal(3, input.Position);
    }

    [Fact]
    public void An_empty_file_opens_with_length_zero()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);
        Write(directory, "empty", _ => { });

        using var input = directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_missing_file_is_FileNotFoundException_as_Lucene_expects()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);

        Assert.Throws<FileNotFoundException>(() => directory.OpenInput("nothing-here", IOContext.DEFAULT));
    }

    [Fact]
    public void Slices_read_their_own_range_only()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);
        Write(directory, "compound", output => output.WriteBytes([10, 11, 12, 13, 14, 15], 6));

        using var slicer = directory.CreateSlicer("compound", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("middle", 2, 3);
        Assert.Equal(3, slice.Length);
        Assert.Equal((byte)12, slice.ReadByte());
        slice.Seek(2);
        Assert.Equal((byte)14, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("beyond", 4, 3));
    }

    [Fact]
    public void An_open_file_stays_readable_after_it_is_deleted()
    {
        using var folder = new TempFolder();
        using var directory = Open(folder);
        Write(directory, "merged-away", output => output.WriteInt64(42));

        using var input = directory.OpenInput("merged-away", IOContext.DEFAULT);
        directory.DeleteFile("merged-away");
        Assert.Equal(42, input.ReadInt64());
    }

    [SkippableFact]
    public void An_open_file_holds_no_file_descriptor_only_its_mapping_or_a_small_files_copy()
    {
        Skip.IfNot(System.IO.Directory.Exists("/proc/self/fd"), "needs Linux's /proc to list open files");
        using var folder = new TempFolder();
        using var directory = Open(folder);
        var large = new byte[MappedFile.CopiedBelowBytes];
        large[^1] = 9;
        Write(directory, "segment", output => output.WriteBytes(large, large.Length));
        Write(directory, "segment.si", output => output.WriteInt64(7));
        int Descriptors(string path) => System.IO.Directory.GetFiles("/proc/self/fd").Count(fd => new FileInfo(fd).LinkTarget == path);
        int Mappings(string path) => File.ReadLines("/proc/self/maps").Count(line => line.EndsWith(path, StringComparison.Ordinal));

        using var segment = directory.OpenInput("segment", IOContext.DEFAULT);
        using var info = directory.OpenInput("segment.si", IOContext.DEFAULT);

        var (segmentPath, infoPath) = (Path.Combine(folder.Path, "segment"), Path.Combine(folder.Path, "segment.si"));
        Assert.Equal((0, 1), (Descriptors(segmentPath), Mappings(segmentPath)));
        Assert.Equal((0, 0), (Descriptors(infoPath), Mappings(infoPath)));
        segment.Seek(large.Length - 1);
        Assert.Equal((9, 7L), (segment.ReadByte(), info.ReadInt64()));
    }

    [SkippableFact]
    public void Refreshing_an_unchanged_index_adds_no_mappings()
    {
        Skip.IfNot(File.Exists("/proc/self/maps"), "needs Linux's /proc to list mappings");
        using var folder = new TempFolder();
        using var index = new ParagraphIndex(folder.Path);
        index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        index.Refresh();
        int Mappings() => File.ReadLines("/proc/self/maps").Count(line => line.Contains(folder.Path, StringComparison.Ordinal));
        var before = Mappings();

        // Each refresh reads the commit point and every segment's `.si` file to see whether anything changed;
        // those small files are copied, so nothing waits for a collection to be unmapped.
        for (var i = 0; i < 50; i++)
        {
            index.Refresh();
        }

        Assert.Equal(before, Mappings());
    }

    [Fact]
    public void A_real_index_read_through_the_mappings_passes_Lucenes_own_check()
    {
        using var folder = new TempFolder();
        BuildResult built;
        using (var index = new ParagraphIndex(folder.Path))
        {
            built = index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        }
        using var directory = Open(folder);

        var status = new CheckIndex(directory).DoCheckIndex();

        Assert.True(status.Clean);
        Assert.Equal(built.Paragraphs, status.SegmentInfos.Sum(segment => (long)segment.DocCount));
    }
}
