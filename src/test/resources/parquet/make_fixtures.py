# Makes the Parquet fixtures of the Parquet tests with Polars and pyarrow, a writer independent of the reader under test:
#   python3 make_fixtures.py   (polars 1.44)
# small.csv and small*.parquet hold the same rows; the Parquet file has row groups of 4 rows, nulls, a
# dictionary-encoded text column, and is compressed with zstd as Polars writes by default.
import polars as pl

df = pl.DataFrame(
    {
        "id": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        "label": ["cat", "dog", "cat", "bird", "dog", "cat", "bird", "dog", "cat", "dog"],
        "prediction": ["cat", "cat", "cat", "bird", "dog", "dog", "bird", "dog", None, "dog"],
        "age": [3.5, None, 1.25, 7.0, 2.0, 4.0, None, 9.5, 6.0, 0.5],
        "count": pl.Series([10, 20, None, 40, 50, 60, 70, 80, 90, 100], dtype=pl.Int32),
        "flag": [True, False, True, None, False, True, True, False, False, True],
        "city": ["Oslo", "Lima", "Oslo", "Pune", None, "Lima", "Oslo", "Pune", "Lima", "Oslo"],
    }
)
df.write_csv("small.csv")
df.write_parquet("small.parquet", row_group_size=4)
# The same rows uncompressed and through each other codec the reader decompresses.
df.write_parquet("small-plain.parquet", row_group_size=4, compression="uncompressed")
for codec in ("snappy", "gzip", "lz4"):
    df.write_parquet(f"small-{codec}.parquet", row_group_size=4, compression=codec)
pl.DataFrame({"id": [1, 2], "label": ["a", "b"], "prediction": ["a", "a"], "tags": [["x"], ["y", "z"]]}).write_parquet(
    "nested.parquet"
)
# Every kind of number a writer stores, and a text column of distinct values, which Polars writes as plain
# pages (no dictionary): 3000 rows in row groups of 1000, with a null in each column.
n = 3000
types = pl.DataFrame(
    {
        "label": ["cat" if i % 3 else "dog" for i in range(n)],
        "prediction": ["cat" if i % 4 else "dog" for i in range(n)],
        "name": [None if i == 7 else f"row-{i:04d}" for i in range(n)],
        "score": pl.Series([None if i == 11 else (i % 10) / 10 for i in range(n)], dtype=pl.Float32),
        "big": pl.Series([None if i == 13 else 10_000_000_000 + i for i in range(n)], dtype=pl.Int64),
        "price": pl.Series([None if i == 17 else f"{i}.{i % 100:02d}" for i in range(n)]).str.to_decimal(scale=2),
    }
)
types.write_csv("types.csv")
types.write_parquet("types.parquet", row_group_size=1000)

# Pages in both versions and the encodings other writers choose, written by pyarrow (25.0):
# python3 make_fixtures.py writes pages-v1.parquet and pages-v2.parquet, the same rows as pages.csv, 2000 rows
# in row groups of 700 and pages of about 1 KB (128 rows or more), nulls in the first rows only (so later pages have none), one
# file with statistics and one without (a reader may use neither).
import pyarrow as pa
import pyarrow.parquet as pq

n = 2000
pages = pl.DataFrame(
    {
        "label": ["yes" if i % 3 else "no" for i in range(n)],
        "prediction": ["yes" if i % 5 else "no" for i in range(n)],
        "delta_int": pl.Series([None if i == 3 else i * 7 - 500 for i in range(n)], dtype=pl.Int64),
        "small_int": pl.Series([None if i == 4 else i % 100 for i in range(n)], dtype=pl.Int32),
        "split_double": [None if i == 5 else i / 8 for i in range(n)],
        "split_float": pl.Series([None if i == 6 else (i % 50) / 4 for i in range(n)], dtype=pl.Float32),
        "delta_text": [None if i == 7 else f"item-{i:05d}" for i in range(n)],
        "length_text": [None if i == 8 else "x" * (i % 7 + 1) for i in range(n)],
        "dictionary_text": [None if i == 9 else ["red", "green", "blue"][i % 3] for i in range(n)],
        "flag": [None if i == 10 else i % 4 == 0 for i in range(n)],
        "plain_double": [None if i == 11 else i * 0.25 for i in range(n)],
        "plain_int": pl.Series([None if i == 12 else 3_000_000_000 + i for i in range(n)], dtype=pl.Int64),
    }
)
pages.write_csv("pages.csv")
encodings = {
    "delta_int": "DELTA_BINARY_PACKED",
    "small_int": "DELTA_BINARY_PACKED",
    "split_double": "BYTE_STREAM_SPLIT",
    "split_float": "BYTE_STREAM_SPLIT",
    "delta_text": "DELTA_BYTE_ARRAY",
    "length_text": "DELTA_LENGTH_BYTE_ARRAY",
    "flag": "RLE",
}
table = pages.to_arrow()
for version, statistics in (("1.0", True), ("2.0", False)):
    pq.write_table(
        table,
        f"pages-v{version[0]}.parquet",
        row_group_size=700,
        data_page_size=1024,
        write_batch_size=128,
        data_page_version=version,
        use_dictionary=["label", "prediction", "dictionary_text"],
        column_encoding=encodings,
        write_statistics=statistics,
        compression="zstd",
    )

# A data file and a predictions file to join by id, each as CSV and as Parquet: row 4 of the data has no
# prediction and the predictions hold an id (99) the data does not.
features = pl.DataFrame(
    {
        "id": [1, 2, 3, 4, 5, 6],
        "label": ["cat", "dog", "cat", "bird", "dog", "cat"],
        "age": [3.5, None, 1.25, 7.0, 2.0, 4.0],
        "city": ["Oslo", "Lima", None, "Pune", "Lima", "Oslo"],
    }
)
predicted = pl.DataFrame(
    {
        "id": [6, 5, 3, 2, 1, 99],
        "prediction": ["cat", "cat", "dog", "dog", "cat", "bird"],
        "score": [0.9, 0.4, 0.3, 0.8, None, 0.5],
    }
)
for frame, name in ((features, "features"), (predicted, "predicted")):
    frame.write_csv(f"{name}.csv")
    frame.write_parquet(f"{name}.parquet")
pl.DataFrame({"id": [5, 5, 6], "prediction": ["cat", "dog", "cat"]}).write_parquet("repeated-ids.parquet")
