package org.cooperation.localrun;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run per folder of server files: a second {@code ./run-local} on the same {@code .local}
 * (or a second benchmark) would start servers on the first one's files. The operating system
 * releases the lock when the process ends, however it ends, so a crash leaves no stale lock.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock held in {@code lockFile}; fails with {@link HeldElsewhere} when another process holds it. */
    public static RunLock take(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new HeldElsewhere(lockFile);
        }
        return new RunLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Another process holds the lock. */
    public static final class HeldElsewhere extends IllegalStateException {
        HeldElsewhere(Path lockFile) {
            super("another process holds " + lockFile.toAbsolutePath());
        }
    }
}
