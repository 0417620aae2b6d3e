package com.carenext.publicity;

/** What an article is: 消息, 通讯/特写, 调研文章, 其他. */
public enum ArticleKind {
    NEWS, FEATURE, RESEARCH, OTHER;

    public String messageKey() {
        return "publicity.kind." + name();
    }
}
