package com.roboplanet.soconnector.domain.port.out;

/**
 * The catalogue could not be read. It shares {@link SaleSourceException.Kind} because both fail for the
 * same reasons against the same CRM, so the command line maps both to exit codes with one rule.
 */
public class CrmCatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SaleSourceException.Kind kind;

    public CrmCatalogException(SaleSourceException.Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public SaleSourceException.Kind kind() {
        return kind;
    }
}
