package dev.tiqu.datasets;

import dev.tiqu.datasets.Definition.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a column value into its coordinated parts as a column's {@link Split} says: on the
 * separators, each part matching {@code part}, a shared suffix of the last part given to the
 * others, a modifier-only part completed from the last. Example:
 * {@code 城市和农村低保标准 → [城市低保标准, 农村低保标准]}. Stateless.
 */
final class PartSplitter {

    /** The people a value is for, written between a list of groups and a 的: a short phrase, no clause. */
    private static final Pattern HOLDER = Pattern.compile("\\p{IsHan}{2,8}");

    private PartSplitter() {
    }

    /** The parts of {@code value}, or the value alone when it does not split cleanly. */
    static List<String> split(String value, Split split) {
        String[] parts = split.on().split(value, -1);
        if (parts.length < 2) {
            return List.of(value);
        }
        String last = parts[parts.length - 1];
        String rest = modifierRest(last, split.modifier());
        for (int i = 0; i < parts.length; i++) {
            if (rest != null && i < parts.length - 1 && split.modifier().matcher(parts[i].trim()).matches()) {
                parts[i] = parts[i].trim() + rest;
            }
            String p = parts[i];
            if (p.isBlank() || (split.part() != null && !split.part().matcher(p).find())) {
                return List.of(value);
            }
        }
        String shared = "";
        for (String suffix : split.shareSuffix()) {
            if (last.endsWith(suffix)) {
                shared = suffix;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = p.trim();
            out.add(shared.isEmpty() || t.endsWith(shared) ? t : t + shared);
        }
        return out;
    }

    /**
     * The value with a leading word of {@code split.expand} written out ({@code 城乡低保标准 →
     * 城市和农村低保标准}), or null when it starts with none.
     */
    static String expand(String value, Split split) {
        for (Map.Entry<String, String> e : split.expand().entrySet()) {
            if (value.startsWith(e.getKey()) && value.length() > e.getKey().length()) {
                return e.getValue() + value.substring(e.getKey().length());
            }
        }
        return null;
    }

    /** What follows a modifier at the start of {@code last} ({@code 农村低保标准 → 低保标准}), or null. */
    private static String modifierRest(String last, Pattern modifier) {
        if (modifier == null) {
            return null;
        }
        Matcher m = modifier.matcher(last.trim());
        return m.lookingAt() && m.end() < last.trim().length() ? last.trim().substring(m.end()) : null;
    }

    /**
     * The group with the first of {@code suffix} that {@code tail} starts with (after a 的), unless it ends with it
     * already: {@code 90至99周岁、100周岁以上老年人高龄津贴} gives {@code 老年人}, {@code 全失能、半失能经济困难老年人护理补贴}
     * none (the 老年人 there is the item's own).
     */
    static String withSuffix(String group, String tail, List<String> suffix) {
        String head = tail.startsWith("的") ? tail.substring(1) : tail;
        for (String s : suffix) {
            if (head.startsWith(s)) {
                return group.endsWith(s) ? group : group + s;
            }
        }
        return group;
    }

    /**
     * The value with the people it is for, when the words after a list of groups name them before a 的 and then the
     * value: {@code 护理补贴} after {@code 一级、二级重度残疾人的护理补贴分别…} → {@code 重度残疾人护理补贴}; else the value.
     */
    static String withHolder(String value, String tail) {
        if (value.isEmpty() || !tail.endsWith("的" + value)) {
            return value;
        }
        String holder = tail.substring(0, tail.length() - value.length() - 1);
        return HOLDER.matcher(holder).matches() ? holder + value : value;
    }

    /**
     * A bare group with the people an earlier sibling group of the sentence is written with: {@code 80至89周岁} after
     * {@code 其中70至79周岁老年人每人每年600元，} → {@code 80至89周岁老年人}; a group with people of its own, or
     * without such a sibling, as it is. The people are the groups' shared suffixes, longest first.
     */
    static String withSiblingPeople(String group, String before, Definition.Groups groups) {
        if (!groups.word().matcher(group).matches()) {
            return group;
        }
        String people = null;
        Matcher m = groups.word().matcher(before);
        while (m.find()) {
            int end = m.end();
            people = groups.suffix().stream().filter(s -> before.startsWith(s, end)).findFirst().orElse(people);
        }
        return people == null ? group : group + people;
    }

    /**
     * The value for the group: as it is when it holds the group's word, with the group's word
     * replacing a group it starts with, else with the group in front ({@code 百岁老人 + 长寿补贴 →
     * 百岁老人长寿补贴}), the people after the group's word written once ({@code 全失能经济困难老年人 +
     * 经济困难老年人护理补贴 → 全失能经济困难老年人护理补贴}). A group of a {@code list} replaces only one of the
     * list: a group of another kind stays ({@code 全护理 + 分散供养特困人员护理补贴 → 全护理分散供养特困人员护理补贴}).
     */
    static String qualify(String value, String group, Pattern word, List<String> list) {
        Matcher g = word.matcher(group);
        String own = g.lookingAt() ? group.substring(0, g.end()) : group;
        if (value.contains(own)) {
            return value;
        }
        String people = group.substring(own.length());
        if (!people.isEmpty() && value.startsWith(people)) {
            return own + value;
        }
        Matcher v = word.matcher(value);
        boolean replaces = v.lookingAt() && (list.isEmpty()
                || list.stream().anyMatch(l -> l.trim().startsWith(value.substring(0, v.end()))));
        return replaces ? own + value.substring(v.end()) : group + value;
    }
}
