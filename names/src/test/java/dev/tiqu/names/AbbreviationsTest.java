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
        "省发改委, 河南省发展和改革委员会, true",
        "省卫健委, 山东省卫生健康委员会, true",
        "市市场监管局, 南宁市市场监督管理局, true",
        "西安市政府, 西安市人民政府, true",
        "县政府, 宾川县人民政府, true",
        "全国妇联, 中华全国妇女联合会, true",
        "中国海油, 中国海洋石油集团有限公司, true",
        "中国电建, 中国电力建设集团有限公司, true",
        "江西铜业, 江西铜业集团有限公司, true",
        "国家电网, 国家电网有限公司, true",
        "工行, 中国工商银行股份有限公司, true",
        "工行, 中国工商银行, true",
        "南航, 南京航空航天大学, true",
        "南航, 中国南方航空股份有限公司, true",
        "证监会, 中国证券监督管理委员会, true",
        "工行, 中国工商银行河南省分行, false",
        "北大, 北京交通大学, false",
        "中国银行, 中国工商银行股份有限公司, false",
        "中国人保, 中国人寿保险股份有限公司, false",
        "中国石油, 中国石油化工集团有限公司, false",
        "省政府, 湖北省人民政府办公厅, false",
        "市政府, 西安市人民政府办公厅, false",
        "浙江龙盛, 浙江龙盛集团股份有限公司, true",
        "志愿服, 志愿者服务队, false",
        "政府, 西安市人民政府, false",
    })
    void matches(String shortName, String longName, boolean expected) {
        assertEquals(expected, RULES.matches(shortName, longName));
    }
}
