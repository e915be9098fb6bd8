"""Downloading MNIST into the cache, from a local HTTP server (127.0.0.1, ephemeral port): the
files arrive and read right, a wrong file is rejected, the cache is used the second time, and a
dead server fails clearly."""

import functools
import hashlib
import http.server
import shutil
import socket
import threading

import numpy as np
import pytest

from backprop.data import DataError, load_dataset, load_mnist
from backprop.data import mnist
from backprop.data.mnist import MD5, download_files, read_pair

TEST_FILES = ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")


class Server:
    """A static file server over a folder, in a thread, recording the paths asked for."""

    def __init__(self, folder):
        self.requests = []
        outer = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def do_GET(self):
                outer.requests.append(self.path)
                super().do_GET()

            def log_message(self, *args):
                pass

        handler = functools.partial(Handler, directory=str(folder))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/mnist/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def serve(tmp_path):
    """serve({name: source path}) -> Server answering under <url>/mnist/<name>."""
    servers = []

    def start(files):
        root = tmp_path / f"www{len(servers)}"
        (root / "mnist").mkdir(parents=True)
        for name, source in files.items():
            shutil.copyfile(source, root / "mnist" / name)
        servers.append(Server(root))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def test_download_then_cache(serve, shared_dir, test_arrays, tmp_path):
    server = serve({name: shared_dir / name for name in TEST_FILES})
    cache = tmp_path / "cache"
    paths = download_files(TEST_FILES, cache_dir=cache, base_url=server.url)
    assert sorted(server.requests) == sorted(f"/mnist/{name}" for name in TEST_FILES)
    for name, path in paths.items():
        assert path == cache / "mnist" / name
        assert hashlib.md5(path.read_bytes()).hexdigest() == MD5[name]
    images, labels = read_pair(paths[TEST_FILES[0]], paths[TEST_FILES[1]])
    assert images.shape == (10000, 28, 28)
    assert np.array_equal(images, test_arrays[0]) and np.array_equal(labels, test_arrays[1])
    again = download_files(TEST_FILES, cache_dir=cache, base_url=server.url)
    assert again == paths
    assert len(server.requests) == 2  # the second time, the cache answered


def test_environment_variables(serve, shared_dir, tmp_path, monkeypatch):
    server = serve({name: shared_dir / name for name in TEST_FILES})
    monkeypatch.setenv("BACKPROP_CACHE", str(tmp_path / "env-cache"))
    monkeypatch.setenv("BACKPROP_MNIST_URL", server.url.rstrip("/"))  # the slash is added
    paths = download_files(TEST_FILES[1:])
    assert paths[TEST_FILES[1]] == tmp_path / "env-cache" / "mnist" / TEST_FILES[1]
    assert server.requests == [f"/mnist/{TEST_FILES[1]}"]


def test_wrong_file_is_rejected(serve, shared_dir, tmp_path):
    # the training labels served under the test labels' name: a valid file, the wrong md5
    server = serve({TEST_FILES[1]: shared_dir / "train-labels-idx1-ubyte.gz"})
    cache = tmp_path / "cache"
    with pytest.raises(DataError) as info:
        download_files(TEST_FILES[1:], cache_dir=cache, base_url=server.url, retries=1)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{server.url}{TEST_FILES[1]}: md5: ")
    assert "d53e105ee54ea40749a09fcbcd1e9432" in message  # what arrived (train labels)
    assert f"not the published {MD5[TEST_FILES[1]]}" in message
    assert "2 tries; nothing was kept" in message and "BACKPROP_MNIST_URL" in message
    assert len(server.requests) == 2  # one retry
    assert not (cache / "mnist" / TEST_FILES[1]).exists()
    assert [p.name for p in (cache / "mnist").iterdir()] == []


def test_missing_on_server(serve, tmp_path):
    server = serve({})
    with pytest.raises(DataError) as info:
        download_files(TEST_FILES[:1], cache_dir=tmp_path, base_url=server.url, retries=0)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{server.url}{TEST_FILES[0]}: download: failed (1 try): HTTPError")
    assert "HTTP 404 File not found" in message and "--data-dir" in message
    assert server.requests == [f"/mnist/{TEST_FILES[0]}"]


def test_dead_server_fails_clearly(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    with pytest.raises(DataError) as info:
        download_files(TEST_FILES[1:], cache_dir=tmp_path, base_url=url, retries=0, timeout=2)
    message = str(info.value)
    assert "\n" not in message and len(message) < 400
    assert message.startswith(f"{url}{TEST_FILES[1]}: download: failed (1 try): ConnectionError")
    assert "Connection refused" in message


def test_load_mnist_downloads_once(serve, mnist_dir, tmp_path, monkeypatch):
    """load_mnist end to end, with train-24k standing in for the full training set (its md5s)."""
    monkeypatch.setitem(MD5, "train-images-idx3-ubyte.gz", "a3f6cfa2e0cfc0c32ee745e7536b55d5")
    monkeypatch.setitem(MD5, "train-labels-idx1-ubyte.gz", "dbbfa37845826212e918f5989ffde53b")
    server = serve({name: mnist_dir / name for name in MD5})
    cache = tmp_path / "cache"
    with pytest.raises(DataError) as info:
        load_mnist(download=False, cache_dir=cache, base_url=server.url)
    assert "not in the download cache" in str(info.value) and server.requests == []
    train, test = load_mnist(cache_dir=cache, base_url=server.url)
    assert train.x.shape == (24345, 784) and test.x.shape == (10000, 784)
    assert train.y[0] == 5 and test.y[0] == 7
    assert len(server.requests) == 4
    train2, _ = load_dataset("mnist", cache_dir=cache, base_url=server.url)
    assert np.array_equal(train2.y, train.y)
    train3, _ = load_mnist(download=False, cache_dir=cache)
    assert len(train3) == 24345
    assert len(server.requests) == 4  # no second download


def test_default_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("BACKPROP_CACHE", raising=False)
    monkeypatch.delenv("BACKPROP_MNIST_URL", raising=False)
    import pooch

    assert mnist.cache_folder() == pooch.os_cache("backprop") / "mnist"
    assert mnist.cache_folder(tmp_path) == tmp_path / "mnist"
    assert mnist.mnist_url() == mnist.DEFAULT_URL
    assert mnist.mnist_url("http://example.invalid/x") == "http://example.invalid/x/"
