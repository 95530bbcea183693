package com.roboplanet.soconnector.app.report;

import com.roboplanet.soconnector.domain.model.SaleStatus;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets {@code --status SOLD} and {@code --status sold} both work, with the valid values in the error. */
final class SaleStatusConverter implements ITypeConverter<SaleStatus> {
    @Override
    public SaleStatus convert(String value) {
        try {
            return SaleStatus.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
