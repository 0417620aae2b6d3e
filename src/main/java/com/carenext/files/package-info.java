/**
 * Files: one store for every module's uploads (photos of activities and hazards, plan progress, notice and article
 * attachments). The content is sniffed against each use's allow-list (never the name or the declared type), sizes
 * and pixel counts are limited in one place, images are re-encoded so that EXIF and GPS are gone, decodes are
 * bounded, and files are kept outside the web root under generated names.
 */
package com.carenext.files;
