package dev.partnertier.observability;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the console log ({@code console-log.*}); this default is the only one (README "Settings"). */
@ConfigMapping(prefix = "console-log")
public interface ConsoleLogConfig {

    /**
     * How long a console log line may wait before it is written (env {@code CONSOLE_LOG_FLUSH_INTERVAL}): lines are
     * written together, as 8 KB gather or when this passes. {@code 0} writes every line as it is logged, one system
     * call each. The default, 100 ms, saves about 4 to 6% of a small decision's CPU time under load (bench/README.md).
     */
    @WithDefault("100ms")
    Duration flushInterval();
}
