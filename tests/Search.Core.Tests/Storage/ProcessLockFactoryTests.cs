using Search.Core.Storage;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Storage;

public class ProcessLockFactoryTests
{
    [Fact]
    public void A_held_lock_refuses_a_second_holder_until_it_is_released()
    {
        using var folder = new TempFolder();
        var factory = new ProcessLockFactory(folder.Path);
        using var first = factory.MakeLock("write.lock");
        using var second = factory.MakeLock("write.lock");

        Assert.True(first.Obtain());
        Assert.False(second.Obtain());
        Assert.True(second.IsLocked());

        first.Dispose();
        Assert.False(second.IsLocked());
        Assert.True(second.Obtain());
    }

    [Fact]
    public void A_lock_that_cannot_be_created_is_an_error_not_a_lock_held_elsewhere()
    {
        using var folder = new TempFolder();
        var notAFolder = folder.Combine("plain-file");
        File.WriteAllText(notAFolder, "x");
        using var lockInFile = new ProcessLockFactory(notAFolder).MakeLock("write.lock");

        Assert.ThrowsAny<IOException>(() => lockInFile.Obtain());
    }
}
