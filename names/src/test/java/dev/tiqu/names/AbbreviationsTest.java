package dev.tiqu.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The general abbreviation rules, positive and negative, across cities and kinds of body. */
class AbbreviationsTest {

    private static final Abbreviations RULES = new Abbreviations(NameLexicon.get());

    @ParameterizedTest(name = "{0} ↔ {1}: {2}")
    @CsvSource({
        "湖南工大, 湖南工业大学, true",
        "中车株洲所, 中车株洲电力机车研究所有限公司, true",
        "时代电气, 株洲中车时代电气股份有限公司, true",
        "株硬集团, 株洲硬质合金集团有限公司, true",
        "株洲新能源, 株洲高新新能源投资有限公司, true",
        "市委, 中共株洲市委, true",
        "市民政局, 株洲市民政局, true",
        "建设街道, 芦淞区建设街道, true",
        "工信部, 工业和信息化部, true",
        "人民银行, 中国人民银行, true",
        "华中师大, 华中师范大学, true",
        "长沙一中, 长沙市第一中学, true",
        "千金药业, 株洲千金药业股份有限公司, true",
        "湖南大, 湖南工业大学, false",
        "株洲高新, 株洲高新新能源投资有限公司, false",
        "中国工程机械工业协会, 中国工程机械工业协会工程运输机械分会, false",
        "志愿服, 志愿者服务队, false",
        "市政府, 株洲市民政局, false",
        "省民政局, 株洲市民政局, false",
        "湖南工业大学, 湖南工业大学, false",
        "工大, 湖南工业大学, false",
    })
    void matches(String shortName, String longName, boolean expected) {
        assertEquals(expected, RULES.matches(shortName, longName));
    }
}
