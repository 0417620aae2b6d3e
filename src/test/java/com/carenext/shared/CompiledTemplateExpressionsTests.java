package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.time.LocalDate;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The list pages' template expressions run as bytecode once warm (SpEL compiler, MIXED mode: an expression is
 * compiled after 100 interpretations, and given up after 100 failed attempts). One that cannot be compiled (a
 * method of a package-private class, a Spring Security expression, an index into a map the compiler cannot type)
 * is interpreted on every row of every page; docs/performance.md, "Where the CPU of a list page goes".
 */
@CareNextTest
class CompiledTemplateExpressionsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    SpringTemplateEngine templates;
    @Autowired
    Volunteers volunteers;

    @Test
    void theListPagesExpressionsAreAllCompiledOnceWarm() throws Exception {
        Fixtures.Town world = fixtures.town();
        for (String name : List.of("巴特尔", "其木格", "张桂兰")) {
            volunteers.register(world.managerAActor(),
                    VolunteerTestData.draft(name, world.villageA().id(), LocalDate.of(1950, 5, 6), null));
        }
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        RequestPostProcessor auditor = Fixtures.login(mvc, world.auditor().username());
        // the cache is the context's: only what these two pages evaluate counts, not the login page or other tests' forms
        templates.getCacheManager().getExpressionCache().clear();
        for (int i = 0; i < 230; i++) {
            mvc.perform(get("/volunteers").with(office)).andExpect(status().isOk());
            mvc.perform(get("/audit").with(auditor)).andExpect(status().isOk());
        }
        List<String> interpreted = new ArrayList<>();
        List<String> menuEvaluatedPerPage = new ArrayList<>();
        var cache = templates.getCacheManager().getExpressionCache();
        for (var key : cache.keySet()) {
            Object value = cache.get(key);
            if (value != null && value.getClass().getSimpleName().equals("ComputedSpelExpression")) {
                SpelExpression expression = (SpelExpression) field(value.getClass(), "expression").get(value);
                int runs = ((AtomicInteger) field(SpelExpression.class, "interpretedCount").get(expression)).get();
                String text = expression.getExpressionString();
                // the office menu (menu.html) is rendered once per role set and section (security.LayoutMenus), so
                // its expressions run a few times in all and stay interpreted; on every page they would not
                boolean keptMenu = text.startsWith("menu.") || text.startsWith("section == ")
                        && !text.equals("section == 'plans'") && !text.equals("section == 'notices'");
                if (keptMenu) {
                    if (runs > 20 || field(SpelExpression.class, "compiledAst").get(expression) != null) {
                        menuEvaluatedPerPage.add(text + " (" + runs + " runs)");
                    }
                } else if (field(SpelExpression.class, "compiledAst").get(expression) == null) {
                    interpreted.add(text);
                }
            }
        }
        System.out.println("INTERPRETED " + interpreted.size() + ":\n" + String.join("\n", interpreted));
        assertThat(interpreted).isEmpty();
        assertThat(menuEvaluatedPerPage).as("menu expressions evaluated on every page").isEmpty();
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
