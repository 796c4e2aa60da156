# Makes the Parquet fixtures of ParquetImporterTest with Polars, a writer independent of the reader under test:
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
