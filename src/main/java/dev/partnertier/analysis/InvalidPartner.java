package dev.partnertier.analysis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.contract.FieldMessage;

/** A partner of a portfolio that could not be read as a request: its position and each field at fault. */
@Schema(requiredProperties = {"index", "errors"})
public record InvalidPartner(int index, List<FieldMessage> errors) {
}
