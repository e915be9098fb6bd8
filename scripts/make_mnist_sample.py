"""Cut the MNIST sample shipped in the package (src/backprop/data/mnist_sample/).

The first 6,000 training images and labels (of the shared train-24k files) and the first 1,000 test
images and labels, as gzip IDX files under the canonical MNIST names. The output is the same bytes
on every run (gzip mtime 0, no file name stored, level 9), and is checked to stay under 2 MB.

    python scripts/make_mnist_sample.py [--shared DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from backprop.data.idx import write_idx
from backprop.data.mnist import FILES, SAMPLE_DIR, TRAIN24K, read_pair, shared_mnist_dir

TRAIN_COUNT, TEST_COUNT = 6000, 1000
MAX_BYTES = 2_000_000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None,
                        help="the shared MNIST folder (default: found as tests find it)")
    parser.add_argument("--out", type=Path, default=SAMPLE_DIR, help=f"default {SAMPLE_DIR}")
    args = parser.parse_args(argv)
    shared = args.shared or shared_mnist_dir(Path(__file__).resolve().parents[1])
    if shared is None:
        parser.error("no shared MNIST folder found; give --shared DIR")
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for part, count in (("train", TRAIN_COUNT), ("test", TEST_COUNT)):
        images_name, labels_name = FILES[f"{part}-images"], FILES[f"{part}-labels"]
        images, labels = read_pair(shared / TRAIN24K[images_name], shared / TRAIN24K[labels_name])
        for name, array in ((images_name, images[:count]), (labels_name, labels[:count])):
            path = write_idx(args.out / name, array)
            data = path.read_bytes()
            total += len(data)
            print(f"{path}  {len(data):>9,d} bytes  md5 {hashlib.md5(data).hexdigest()}")
    print(f"total {total:,d} bytes")
    if total > MAX_BYTES:
        print(f"error: the sample is over {MAX_BYTES:,d} bytes", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
