package com.roboplanet.soconnector.domain.port.out;

/**
 * Tells the user something that does not stop the command: a part of the work left out and why (the CRM's product
 * names, which the user may not read, left out of the keyword proposals). One sentence each, never a secret; the
 * command line prints them on stderr as they come.
 */
@FunctionalInterface
public interface Warnings {
    void warn(String message);
}
