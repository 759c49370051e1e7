import type { FileMetaData, PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';

/** More pages than this in one column chunk is not a file worth reading page by page. */
const MAX_PAGES_PER_CHUNK = 1_000_000;

const count = (value: number | bigint | undefined): number => (value === undefined ? Number.NaN : Number(value));
const isSize = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

/** What is wrong with one page header (sizes that are negative, or run past the page or the chunk), or null. */
function pageHeaderProblem(header: PageHeader, dataStart: number, chunkEnd: number): string | null {
  const compressed = count(header.compressed_page_size);
  if (!isSize(compressed) || !isSize(count(header.uncompressed_page_size))) return 'a page size is negative or not a whole number';
  if (dataStart + compressed > chunkEnd) return 'a page runs past the end of its column';
  const v2 = header.data_page_header_v2;
  if (v2) {
    const levels = [count(v2.definition_levels_byte_length), count(v2.repetition_levels_byte_length)];
    if (!levels.every(isSize) || levels[0]! + levels[1]! > compressed) return 'the level lengths of a page do not fit in the page';
    if (![count(v2.num_values), count(v2.num_nulls), count(v2.num_rows)].every(isSize)) return 'a page counts a negative number of values';
  }
  const values = count((header.data_page_header ?? header.dictionary_page_header)?.num_values ?? 0);
  if (!isSize(values)) return 'a page counts a negative number of values';
  return null;
}

/**
 * Walks every page header of every column chunk before hyparquet decodes anything, and says what is
 * inconsistent (with the column and the byte offset), or null when the pages fit together. hyparquet
 * trusts these numbers: a negative level length in one page header (one changed byte in an 807-byte
 * file) sends its decoder into a loop that never ends, inside a synchronous call nothing can interrupt.
 */
export function findParquetPageProblem(buffer: ArrayBuffer, metadata: FileMetaData): string | null {
  const view = new DataView(buffer);
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (!meta) continue;
      const column = meta.path_in_schema.join('.');
      const start = count(meta.dictionary_page_offset ?? meta.data_page_offset);
      const end = start + count(meta.total_compressed_size);
      if (!isSize(start) || !isSize(end) || start < 4 || end > buffer.byteLength) return `column ${column} lies outside the file`;
      const reader = { view, offset: start };
      for (let pages = 0; reader.offset < end; pages++) {
        if (pages >= MAX_PAGES_PER_CHUNK) return `column ${column} has more than ${MAX_PAGES_PER_CHUNK} pages`;
        const at = reader.offset;
        let header: PageHeader;
        try {
          header = parquetHeader(reader);
        } catch {
          return `the page header at byte ${at} of column ${column} cannot be read`;
        }
        const problem = reader.offset <= at ? 'a page header is empty' : pageHeaderProblem(header, reader.offset, end);
        if (problem) return `${problem} (column ${column}, byte ${at})`;
        reader.offset += count(header.compressed_page_size);
      }
    }
  }
  return null;
}
