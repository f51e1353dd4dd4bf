package dev.deskrelay.relay.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Roles are stored by their wire names, so the table reads as the protocol does. */
@Converter
public class RoleColumn implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role.wireName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return Role.ofWireName(name);
    }
}
