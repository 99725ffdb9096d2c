// The three-stage Python family both build.bench.mjs (through the engine) and frontend.bench.mjs
// (against a fake engine) measure: a base with python3, a builder that archives the source, a
// release with only that archive.
export const THREE_STAGE_YAML = `# syntax=org/hier-frontend
stages:
  base:
    role: base
    from: debian:bookworm-slim
    packages: [python3]
  builder:
    role: build
    from: base
    copy: [{ src: src/, dst: /src/ }]
    run: cd /src && python3 -m compileall -q app && tar -czf /app.tgz app
    artifacts: { app: /app.tgz }
  release:
    role: runtime
    from: base
    copy: [{ from: builder.app, dst: /opt/ }]
    cmd: [python3, -c, "print(1)"]
`;
