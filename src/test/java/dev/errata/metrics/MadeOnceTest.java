package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MadeOnceTest {

    @Test
    void threadsAskingAtOnceGetTheOneValueMadeOnce() throws Exception {
        AtomicInteger makes = new AtomicInteger();
        MadeOnce<Object> once = new MadeOnce<>(() -> {
            makes.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> asked = IntStream.range(0, 8)
                    .mapToObj(i -> threads.submit(() -> {
                        start.await();
                        return once.get();
                    }))
                    .toList();
            start.countDown();
            Object first = asked.get(0).get();
            for (Future<Object> each : asked) {
                assertThat(each.get()).isSameAs(first);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(makes).hasValue(1);
        assertThat(once.get()).isNotNull();
        assertThat(makes).hasValue(1);
    }
}
