/**
 * Files to keep: an agreement's record as a PDF extract (state, parties, term, deadlines and the
 * full history with who, when and why), written with Apache PDFBox.
 */
package org.cooperation.queryservice.reading.export;
