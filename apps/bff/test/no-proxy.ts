// jsforce sends even 127.0.0.1 through a configured proxy (it has no NO_PROXY): tests talk to
// the emulator directly.
for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) delete process.env[name];
