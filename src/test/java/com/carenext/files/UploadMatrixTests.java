package com.carenext.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.carenext.activity.Activities;
import com.carenext.activity.ActivityDraft;
import com.carenext.activity.ActivityType;
import com.carenext.activity.PhotoSamples;
import com.carenext.plan.Notices;
import com.carenext.publicity.ArticleDraft;
import com.carenext.publicity.ArticleKind;
import com.carenext.publicity.ArticleView;
import com.carenext.publicity.Articles;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The upload matrix through the real endpoints: article attachments (API), notice attachments (page) and activity
 * photos (page), each against every sample. Accepted images lose their GPS; refused files leave nothing behind.
 */
@CareNextTest
class UploadMatrixTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Articles articles;
    @Autowired
    Activities activities;
    @Autowired
    Notices notices;
    @Value("${carenext.files.max-bytes:10485760}")
    long maxBytes;

    Fixtures.Town world;

    @BeforeEach
    void aTown() {
        world = fixtures.town();
    }

    MockMultipartFile part(String name, FileSamples sample) {
        return new MockMultipartFile(name, sample.fileName, sample.declaredType, sample.bytes(maxBytes));
    }

    static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The Chinese message a refusal of this sample shows. */
    static String message(FileSamples sample, boolean photo) {
        return switch (sample) {
            case PDF, DOCX, XLSX -> photo ? "不是可接受的照片" : null;
            // refused as a broken image or by the absurd size its "header" claims (message checked in FileStoreTest)
            case HTML_AS_JPEG, PHP_WITH_GIF_HEADER -> "";
            case HUGE_PIXEL_PNG -> "图片像素不能超过 4000 万";
            case EMPTY -> "是空的";
            case TOO_BIG -> "太大（不能超过 10 MB）";
            default -> null;
        };
    }

    @Test
    void articleAttachmentsThroughTheApi() throws Exception {
        var office = httpBasic(world.office().username(), Fixtures.PASSWORD);
        ArticleView article = articles.submit(world.officeActor(), new ArticleDraft(world.villageA().id(),
                "附件矩阵", "正文", null, ArticleKind.NEWS, LocalDate.of(2023, 6, 8), null, "王海", null), List.of());
        int attached = 0;
        for (FileSamples sample : FileSamples.values()) {
            MvcResult result = mvc.perform(multipart("/api/v1/articles/" + article.id() + "/attachments")
                    .file(part("files", sample)).with(office)).andReturn();
            String expected = message(sample, false);
            if (expected == null) {
                assertThat(result.getResponse().getStatus()).as(sample.name()).isEqualTo(200);
                attached++;
                ArticleView.Attachment last = articles.get(world.officeActor(), article.id()).attachments()
                        .get(attached - 1);
                MvcResult download = mvc.perform(get("/api/v1/articles/" + article.id() + "/attachments/"
                        + last.id()).with(office)).andReturn();
                byte[] body = download.getResponse().getContentAsByteArray();
                assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
                if (sample.isImage()) {
                    assertThat(PhotoSamples.contains(body, "GPS")).as(sample.name()).isFalse();
                    assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("inline");
                } else {
                    assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
                }
            } else {
                assertThat(result.getResponse().getStatus()).as(sample.name()).isEqualTo(422);
                assertThat(text(result)).as(sample.name()).contains(expected).doesNotContain("Exception");
            }
            assertThat(articles.get(world.officeActor(), article.id()).attachments()).as(sample.name())
                    .hasSize(attached);
        }
        assertThat(attached).isEqualTo(5);
    }

    @Test
    void noticeAttachmentsThroughThePage() throws Exception {
        var office = Fixtures.login(mvc, world.office().username());
        for (FileSamples sample : FileSamples.values()) {
            String title = "矩阵通知" + sample.ordinal();
            MvcResult result = mvc.perform(multipart("/notices").file(part("files", sample))
                    .param("title", title).param("body", "正文")
                    .param("targetIds", String.valueOf(world.villageA().id())).with(office).with(csrf())).andReturn();
            String expected = message(sample, false);
            if (expected == null) {
                assertThat(result.getResponse().getStatus()).as(sample.name()).isEqualTo(302);
            } else {
                assertThat(result.getResponse().getStatus()).as(sample.name()).isEqualTo(400);
                assertThat(text(result)).as(sample.name()).contains(expected);
                assertThat(notices.issued(world.officeActor(), null).stream().map(Object::toString)
                        .noneMatch(n -> n.contains(title))).as(sample.name()).isTrue();
            }
        }
    }

    @Test
    void activityPhotosThroughThePage() throws Exception {
        var manager = Fixtures.login(mvc, world.managerA().username());
        var activity = activities.record(world.managerAActor(), new ActivityDraft(world.villageA().id(),
                ActivityType.RED_EDUCATION, "照片矩阵", LocalDateTime.of(2026, 5, 4, 10, 0), "嘎查小学", List.of(),
                List.of(), 10, 2, 0, "小结", null, null, null));
        int photos = 0;
        for (FileSamples sample : FileSamples.values()) {
            MvcResult result = mvc.perform(multipart("/activities/" + activity.id() + "/photos")
                    .file(part("photo", sample)).with(manager).with(csrf())).andReturn();
            assertThat(result.getResponse().getStatus()).as(sample.name()).isEqualTo(302);
            String expected = message(sample, true);
            Object failure = result.getFlashMap().get("failure");
            if (expected == null) {
                assertThat(failure).as(sample.name()).isNull();
                photos++;
            } else {
                assertThat(failure).as(sample.name()).isNotNull();
            }
            assertThat(activities.get(world.managerAActor(), activity.id()).photoIds()).as(sample.name())
                    .hasSize(photos);
        }
        assertThat(photos).isEqualTo(2);
    }

    @Test
    void fourHugePixelImagesAtOnceGiveNoServerError() throws Exception {
        var office = httpBasic(world.office().username(), Fixtures.PASSWORD);
        ArticleView article = articles.submit(world.officeActor(), new ArticleDraft(world.villageA().id(),
                "并发炸弹", "正文", null, ArticleKind.NEWS, LocalDate.of(2023, 6, 8), null, "王海", null), List.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return mvc.perform(multipart("/api/v1/articles/" + article.id() + "/attachments")
                        .file(part("files", FileSamples.HUGE_PIXEL_PNG)).with(office))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        for (Future<Integer> status : statuses) {
            assertThat(status.get(60, TimeUnit.SECONDS)).isIn(422, 503);
        }
        pool.shutdown();
        assertThat(articles.get(world.officeActor(), article.id()).attachments()).isEmpty();
    }
}
