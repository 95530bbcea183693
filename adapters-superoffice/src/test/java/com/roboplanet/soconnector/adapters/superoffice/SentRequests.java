package com.roboplanet.soconnector.adapters.superoffice;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the requests the adapter sent, by route, from the transport's per-request DEBUG line. Counted
 * on the client because the sandbox logs a request only after its answer has gone out, so its log can
 * lag behind the last answer the client already read.
 */
final class SentRequests implements AutoCloseable {
    private final Logger logger = (Logger) LoggerFactory.getLogger(HttpTransport.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    SentRequests() {
        appender.start();
        logger.addAppender(appender);
    }

    long count(String routePrefix) {
        synchronized (appender.list) {
            return appender.list.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.startsWith(routePrefix) && m.contains(" -> "))
                    .count();
        }
    }

    long answered(int status) {
        synchronized (appender.list) {
            return appender.list.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains(" -> " + status + " in "))
                    .count();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
