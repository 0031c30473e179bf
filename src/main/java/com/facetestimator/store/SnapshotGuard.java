package com.facetestimator.store;

import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Keeps one DynamoDB client's network connections and credentials out of a SnapStart snapshot.
 *
 * <p>The URL-connection HTTP client leaves idle sockets in the JDK's keep-alive cache, which
 * the client cannot empty; so while {@link #closeConnections()} is in force every request asks
 * for {@code Connection: close} and its socket is gone once the response is read. The
 * credentials provider is built lazily and {@link #forgetCredentials()} closes and drops it, so
 * credentials resolved while priming are not in the snapshot and the restored container
 * resolves its own. Outside a checkpoint this guard does nothing.
 */
public final class SnapshotGuard implements ExecutionInterceptor {
    private volatile boolean closeConnections;
    private volatile Renewable credentials;

    /** Every request from now on closes its connection after the response (before a snapshot). */
    public void closeConnections() {
        closeConnections = true;
    }

    /** Connections are kept alive again (after a restore). */
    public void reuseConnections() {
        closeConnections = false;
    }

    public boolean closingConnections() {
        return closeConnections;
    }

    /** Drops the resolved credentials; the next request resolves them afresh. */
    public void forgetCredentials() {
        Renewable c = credentials;
        if (c != null) {
            c.forget();
        }
    }

    /** Whether a credentials provider (and whatever it cached) is currently held. */
    public boolean holdsCredentials() {
        Renewable c = credentials;
        return c != null && c.current != null;
    }

    /** The provider the client should use: {@code factory}'s, built on first use and after each {@link #forgetCredentials()}. */
    AwsCredentialsProvider credentials(Supplier<AwsCredentialsProvider> factory) {
        Renewable c = new Renewable(factory);
        credentials = c;
        return c;
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes executionAttributes) {
        SdkHttpRequest request = context.httpRequest();
        return closeConnections ? request.toBuilder().putHeader("Connection", "close").build() : request;
    }

    private static final class Renewable implements AwsCredentialsProvider {
        private final Supplier<AwsCredentialsProvider> factory;
        private volatile AwsCredentialsProvider current;

        Renewable(Supplier<AwsCredentialsProvider> factory) {
            this.factory = factory;
        }

        @Override
        public AwsCredentials resolveCredentials() {
            AwsCredentialsProvider p = current;
            if (p == null) {
                synchronized (this) {
                    p = current;
                    if (p == null) {
                        p = factory.get();
                        current = p;
                    }
                }
            }
            return p.resolveCredentials();
        }

        synchronized void forget() {
            AwsCredentialsProvider p = current;
            current = null;
            if (p instanceof SdkAutoCloseable closeable) {
                closeable.close();
            }
        }

        @Override
        public String toString() {
            return "SnapshotGuard.Renewable";
        }
    }
}
