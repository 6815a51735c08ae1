package dev.tiqu.core.mention;

import java.util.Objects;

/**
 * The canonical name of a person or organization, and a person's role as printed next to it
 * ({@code 市委书记曹慧泉 → canonical 曹慧泉, role 市委书记}; {@code 中车株洲所 → canonical
 * 中车株洲电力机车研究所有限公司}).
 */
public record NameValue(String canonical, String role) implements Value {

    public NameValue {
        Objects.requireNonNull(canonical, "canonical");
        role = role == null ? "" : role;
    }

    @Override
    public String normalized() {
        return canonical;
    }
}
