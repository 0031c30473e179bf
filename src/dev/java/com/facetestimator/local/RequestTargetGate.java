package com.facetestimator.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.facetestimator.api.HttpApiResponses;
import com.facetestimator.api.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local server's socket, in front of the JDK's HTTP server. That server parses each request
 * target into a {@link URI} before any handler runs, and answers one it cannot parse (a bare
 * {@code %}, a space) with its own HTML page naming {@code URISyntaxException}. This gate reads
 * each connection's request line first: a target that does not parse is answered here with the
 * API's problem+json 400 naming the path or the query; anything else is passed on unchanged
 * but for {@code Connection: close}, in the request and in its answer, so that every request
 * on a connection is seen here.
 */
final class RequestTargetGate implements AutoCloseable {
    /** A request head larger than this is not a request this server takes. */
    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final ServerSocket socket;
    private final int backendPort;
    private final ExecutorService connections;

    private RequestTargetGate(ServerSocket socket, int backendPort) {
        this.socket = socket;
        this.backendPort = backendPort;
        this.connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-api-gate");
            t.setDaemon(true);
            return t;
        });
    }

    /** Listens on 127.0.0.1:{@code port} (0 = any free port) for the server on {@code backendPort}. */
    static RequestTargetGate open(int port, int backendPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        RequestTargetGate gate = new RequestTargetGate(socket, backendPort);
        gate.connections.execute(gate::accept);
        return gate;
    }

    int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing to do
        }
        connections.shutdownNow();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            if (head == null) {
                return;
            }
            String text = new String(head, StandardCharsets.ISO_8859_1);
            int lineEnd = text.indexOf("\r\n");
            String[] requestLine = text.substring(0, lineEnd).split(" ");
            String problem = requestLine.length == 3 ? targetProblem(requestLine[1]) : null;
            if (problem != null) {
                respond(client.getOutputStream(), HttpApiResponses.problem(Problem.badRequest(
                        requestLine[1].contains("?") && targetProblem(requestLine[1].substring(0, requestLine[1].indexOf('?'))) == null
                                ? "query" : "path", problem)));
                return;
            }
            try (Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
                OutputStream toBackend = backend.getOutputStream();
                toBackend.write(withConnectionClose(text, lineEnd).getBytes(StandardCharsets.ISO_8859_1));
                toBackend.flush();
                connections.execute(() -> copy(in, toBackend)); // the body, however it is framed
                // The answer says so too, or a client would send its next request on this connection.
                InputStream fromBackend = backend.getInputStream();
                byte[] responseHead = readHead(fromBackend);
                if (responseHead == null) {
                    return;
                }
                String response = new String(responseHead, StandardCharsets.ISO_8859_1);
                OutputStream out = client.getOutputStream();
                out.write(withConnectionClose(response, response.indexOf("\r\n")).getBytes(StandardCharsets.ISO_8859_1));
                fromBackend.transferTo(out);
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    /** Null when the JDK server would parse the target; otherwise what is wrong, for the client. */
    static String targetProblem(String target) {
        try {
            new URI(target);
            return null;
        } catch (URISyntaxException e) {
            String reason = e.getReason().toLowerCase(Locale.ROOT);
            return "is not a valid URL (" + reason + " at character " + (e.getIndex() + 1)
                    + "); a '%' must be followed by two hexadecimal digits";
        }
    }

    /** The head up to and including its blank line, or null when the connection closed first. */
    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || head.size() > MAX_HEAD_BYTES) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    private static String withConnectionClose(String head, int lineEnd) {
        StringBuilder out = new StringBuilder(head.length() + 20).append(head, 0, lineEnd + 2);
        for (String header : head.substring(lineEnd + 2).split("\r\n")) {
            if (!header.isEmpty() && !header.toLowerCase(Locale.ROOT).startsWith("connection:")) {
                out.append(header).append("\r\n");
            }
        }
        return out.append("Connection: close\r\n\r\n").toString();
    }

    private static void copy(InputStream from, OutputStream to) {
        try {
            from.transferTo(to);
        } catch (IOException e) {
            // either side closed: the exchange is over
        }
    }

    private static void respond(OutputStream out, APIGatewayV2HTTPResponse response) throws IOException {
        byte[] body = response.getBody().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.getStatusCode()).append(" Bad Request\r\n");
        response.getHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Access-Control-Allow-Origin: *\r\nContent-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }
}
