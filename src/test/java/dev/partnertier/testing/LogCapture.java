package dev.partnertier.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** The lines one log category writes while it is open, formatted as a log formatter would: try-with-resources. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<java.util.logging.Level> levels = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            levels.add(record.getLevel());
            threads.add(record instanceof ExtLogRecord ext ? ext.getThreadName() : Thread.currentThread().getName());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String category) {
        logger = Logger.getLogger(category);
        logger.addHandler(handler);
    }

    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The level of each line, in the same order. */
    public List<java.util.logging.Level> levels() {
        return List.copyOf(levels);
    }

    /** The thread that wrote each line, in the same order. */
    public List<String> threads() {
        return List.copyOf(threads);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
