// Builds hier's images. `docker buildx bake` builds the default group; `docker buildx bake frontend`
// only the frontend image.
//
// The frontend image copies dist/frontend.mjs, so run `npm run build` first (test/run.sh does).
// Bake does not build dist/ itself: that would need `npm ci` inside the build, and on machines
// behind a TLS-intercepting proxy the host's CA bundle passed in as a secret. The host already
// has node_modules, and esbuild's output is deterministic, so copying dist/ gives the same image.

// Registry namespace and version for the published tags: NAMESPACE/hier-frontend:VERSION.
variable "NAMESPACE" {
  default = "org"
}
variable "VERSION" {
  default = "latest"
}

// The node base of the frontend image, as a named context that replaces `FROM node:20-bookworm-slim`
// in frontend/Dockerfile. With a registry, the default pulls the official image. Without one,
// point it at a local image or a rootfs directory:
//   NODE_BASE=docker-image://hier-local/node:20 docker buildx bake frontend   (.ci/base-images.sh)
//   NODE_BASE=/path/to/rootfs docker buildx bake frontend                     (a directory)
// The image or directory must have node at /usr/local/bin/node.
variable "NODE_BASE" {
  default = "docker-image://node:20-bookworm-slim"
}

group "default" {
  // Later: the stages/ family and the examples, which need the frontend image first.
  targets = ["frontend"]
}

target "frontend" {
  context    = "."
  dockerfile = "frontend/Dockerfile"
  contexts = {
    "node:20-bookworm-slim" = NODE_BASE
  }
  // org/hier-frontend:latest is the name `# syntax=org/hier-frontend` resolves to in the local
  // image store; the NAMESPACE/VERSION tag is the one to push.
  tags   = distinct(["org/hier-frontend:latest", "${NAMESPACE}/hier-frontend:${VERSION}"])
  output = ["type=docker"]
}
