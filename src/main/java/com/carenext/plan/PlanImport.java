package com.carenext.plan;

import com.carenext.shared.BusinessRuleException;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Reads a pasted text or an uploaded .docx/.txt into a parsed plan, without saving anything. */
@Component
class PlanImport {

    /** A plan has a few hundred lines; far more is not a plan, and would only keep the parser busy. */
    static final int MAX_LINES = 20_000;

    private final PlanTextParser parser = new PlanTextParser();

    ParsedPlan text(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("plan.import.empty");
        }
        if (text.length() > PlanDocumentText.MAX_TEXT_CHARS) {
            throw new PlanDocumentException("文档文字过多（超过 2 MB），无法导入");
        }
        if (Math.max(text.chars().filter(c -> c == '\n').count(), text.chars().filter(c -> c == '\r').count())
                > MAX_LINES) {
            throw new PlanDocumentException("文档行数过多（超过 2 万行），不像是一份工作计划，无法导入");
        }
        return parser.parse(text);
    }

    /**
     * A .docx is recognised by its first bytes (a zip, or the old binary Word format to refuse with a clear
     * message), a text file by its name; anything else is refused.
     */
    ParsedPlan file(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new BusinessRuleException("plan.import.empty");
        }
        if (file.getSize() > PlanDocumentText.MAX_UPLOAD_BYTES) {
            throw new PlanDocumentException("文件过大，请上传 20 MB 以内的文件");
        }
        try {
            byte[] bytes = file.getBytes();
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            boolean zipOrOle = bytes.length >= 2 && ((bytes[0] == 'P' && bytes[1] == 'K')
                    || ((bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF));
            if (zipOrOle || name.endsWith(".docx") || name.endsWith(".doc")) {
                return text(PlanDocumentText.fromDocx(new java.io.ByteArrayInputStream(bytes)));
            }
            if (name.endsWith(".txt") || name.indexOf('.') < 0) {
                return text(PlanDocumentText.fromText(bytes));
            }
            throw new BusinessRuleException("plan.import.fileType");
        } catch (IOException e) {
            throw new PlanDocumentException("文件读取失败，请重新上传", e);
        }
    }
}
