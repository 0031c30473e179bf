package com.facetestimator.api;

import static com.facetestimator.api.SessionsFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.api.SessionsFixture.Response;
import com.facetestimator.domain.frequency.PatientLedger;
import com.facetestimator.domain.frequency.RecordedSession;
import com.facetestimator.domain.frequency.SessionLedgerStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Twenty bookings race for the last therapeutic lumbar session a patient has left in the rolling
 * window. The conditional write on the patient's ledger item must let exactly one through; the
 * others, on reloading, must see the limit reached and record nothing.
 */
class SessionsConcurrencyTest {
    private static final int BOOKINGS = 20;
    /** Enough that no writer can run out of retries: each lost race means another writer committed. */
    private static final int MAX_ATTEMPTS = 25;
    private static final List<String> BOOKED = List.of("2025-06-10", "2025-10-10", "2026-01-10");

    private final SessionsFixture api = new SessionsFixture();

    @AfterEach
    void noPatientIdLeaked() {
        try {
            api.assertNoPatientIdLeaked();
        } finally {
            api.close();
        }
    }

    /** As the threads happen to interleave. */
    @RepeatedTest(2)
    void twentyConcurrentBookingsForTheLastPlaceGiveOne201AndNineteen409s() throws Exception {
        String patient = patientWithThreeSessionsInTheWindow();
        CountingWrites store = new CountingWrites(api.ledger, null);
        api.handler = api.handler(store, MAX_ATTEMPTS);

        List<Response> responses = bookConcurrently(patient);

        assertOneWinnerAndNothingLostOrDoubleCounted(patient, responses);
        assertThat(store.refused.get()).as("a refused write means a rival committed").isLessThanOrEqualTo(BOOKINGS - 1);
    }

    /**
     * The worst case, forced: every booking has read the ledger at version 3 (limit not yet reached)
     * before any of them writes, so all twenty decide to record and only DynamoDB's condition on the
     * version stands between them and a fifth session.
     */
    @Test
    void whenAllTwentyDecideOnTheSameVersionTheConditionalWriteRefusesNineteen() throws Exception {
        String patient = patientWithThreeSessionsInTheWindow();
        CountingWrites store = new CountingWrites(api.ledger, new CyclicBarrier(BOOKINGS));
        api.handler = api.handler(store, MAX_ATTEMPTS);

        List<Response> responses = bookConcurrently(patient);

        assertOneWinnerAndNothingLostOrDoubleCounted(patient, responses);
        assertThat(store.refused.get()).isEqualTo(BOOKINGS - 1);
    }

    private String patientWithThreeSessionsInTheWindow() {
        String patient = api.newPatient();
        for (String date : BOOKED) {
            assertThat(api.post(patient, session("booked-" + date, date)).status()).isEqualTo(201);
        }
        return patient;
    }

    private List<Response> bookConcurrently(String patient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BOOKINGS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < BOOKINGS; i++) {
                Map<String, Object> body = session("race-" + i, "2026-03-10", "requireWithinLimit", true);
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post(patient, body);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertOneWinnerAndNothingLostOrDoubleCounted(String patient, List<Response> responses) {
        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(Response::status, Collectors.counting()));
        assertThat(byStatus).as(responses.toString()).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 19L));
        Response winner = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        assertThat(winner.json().at("/frequency/usedInWindow").asInt()).isEqualTo(3);
        assertThat(winner.json().at("/frequency/exceeded").asBoolean()).isFalse();
        assertThat(responses).filteredOn(r -> r.status() == 409).allSatisfy(r -> {
            assertThat(r.json().get("type").asText()).isEqualTo("/problems/limit-exceeded");
            assertThat(r.json().at("/frequency/usedInWindow").asInt()).isEqualTo(4);
            assertThat(r.json().at("/frequency/exceeded").asBoolean()).isTrue();
        });

        PatientLedger ledger = api.ledger.load(patient);
        assertThat(ledger.sessions()).filteredOn(RecordedSession::counts).as("nothing lost, nothing double-counted").hasSize(4);
        List<String> expected = new ArrayList<>(BOOKED.stream().map(d -> "booked-" + d).toList());
        expected.add(winner.json().at("/session/sessionId").asText());
        assertThat(ledger.sessions()).extracting(RecordedSession::sessionId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ledger.version()).as("three seed writes and one winner").isEqualTo(4);
    }

    /**
     * The real DynamoDB ledger, counting writes DynamoDB refused. With a barrier, each thread's first
     * load waits until every thread has loaded, so all decide on the same version.
     */
    private static final class CountingWrites implements SessionLedgerStore {
        private final SessionLedgerStore real;
        private final CyclicBarrier allLoaded;
        private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
        final AtomicInteger refused = new AtomicInteger();

        CountingWrites(SessionLedgerStore real, CyclicBarrier allLoaded) {
            this.real = real;
            this.allLoaded = allLoaded;
        }

        @Override
        public PatientLedger load(String patientId) {
            PatientLedger ledger = real.load(patientId);
            if (allLoaded != null && !waited.get()) {
                waited.set(true);
                try {
                    allLoaded.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the bookings did not all load", e);
                }
            }
            return ledger;
        }

        @Override
        public Map<String, PatientLedger> loadAll(Collection<String> patientIds) {
            return real.loadAll(patientIds);
        }

        @Override
        public boolean replaceIfVersion(String patientId, PatientLedger updated, long expectedVersion) {
            boolean written = real.replaceIfVersion(patientId, updated, expectedVersion);
            if (!written) {
                refused.incrementAndGet();
            }
            return written;
        }
    }
}
