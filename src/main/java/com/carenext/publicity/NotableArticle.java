package com.carenext.publicity;

import java.util.List;

/** An article published at 旗 level or above, named in the 通报 with its outlets. */
public record NotableArticle(long articleId, String title, String organizationName, String authors,
                             List<ArticleView.Publication> publications) {
}
