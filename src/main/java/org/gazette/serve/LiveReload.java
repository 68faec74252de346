package org.gazette.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Tells open pages what the preview holds, as Server-Sent Events: each state names the version of
 * the site (a new one after every build that changed it) and the problems of the last build. The
 * reload script reloads its page when the version differs from the one the page was served with,
 * and shows the problems over the page while there are any.
 */
final class LiveReload implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private volatile PreviewState state;

    LiveReload(PreviewState initial) {
        this.state = initial;
    }

    PreviewState state() {
        return state;
    }

    /** Sends a new state to every open page. */
    void publish(PreviewState next) {
        state = next;
        String event = event(next);
        clients.forEach(client -> client.send(event));
    }

    /** Keeps a page's event stream open; the first event is the current state. */
    void open(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, callback);
        clients.add(client);
        // Reconnect quickly after a restart of the preview; then the current state at once.
        client.send("retry: 1000\n\n" + event(state));
    }

    /** A comment line to every stream: finds closed pages, and keeps idle connections open. */
    void ping() {
        clients.forEach(client -> client.send(": ping\n\n"));
    }

    int clients() {
        return clients.size();
    }

    @Override
    public void close() {
        clients.forEach(Client::end);
        clients.clear();
    }

    private static String event(PreviewState state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", state.version());
        data.put("problems", state.problemLines());
        try {
            return "event: state\ndata: " + JSON.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One open event stream; writes are one at a time, as a response allows. */
    private final class Client {
        private final Response response;
        private final Callback done;

        Client(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        synchronized void send(String text) {
            Callback.Completable written = new Callback.Completable();
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // The page was closed or navigated away.
                clients.remove(this);
                done.failed(e);
            }
        }

        synchronized void end() {
            response.write(true, ByteBuffer.allocate(0), done);
        }
    }
}
