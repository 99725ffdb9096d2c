// Builds hier's images. `docker buildx bake` builds the default group; `docker buildx bake frontend`
// only the frontend image.
//
// The frontend image copies dist/frontend-snapshot.cjs (its node makes the startup snapshot from
// it), so run `npm run build` first (test/run.sh does).
// Bake does not build dist/ itself: that would need `npm ci` inside the build, and on machines
// behind a TLS-intercepting proxy the host's CA bundle passed in as a secret. The host already
// has node_modules, and esbuild's output is deterministic, so copying dist/ gives the same image.

// Registry namespace and version for the published tags: NAMESPACE/hier-frontend:VERSION.
variable "NAMESPACE" {
  default = "hier"
}
variable "VERSION" {
  default = "dev"
}

// The node base of the frontend image, as a named context that replaces `FROM node:24-bookworm-slim`
// in frontend/Dockerfile (the image takes node and its libraries from it). With a registry, the
// default pulls the official image (an index: any platform). Without one, point it at a local
// image of the build's platform or a rootfs directory:
//   NODE_BASE=docker-image://hier-local/node:24 docker buildx bake frontend   (.ci/node-base.sh)
//   NODE_BASE=/path/to/rootfs docker buildx bake frontend                     (a directory)
// It must have node at /usr/local/bin/node and its libraries where the official image has them.
// scripts/frontend-index.sh builds linux/amd64 and linux/arm64 and assembles the index.
variable "NODE_BASE" {
  default = "docker-image://node:24-bookworm-slim"
}

// Portable caches (docs/caches.md): every stage target seeds its caches from HIER_CACHES_FROM
// (a directory, docker-image://… or oci-layout://… holding an exported tree; empty: no seed),
// and each graph's export target (base-hier-caches, todobackend-hier-caches, …) writes the
// caches of its graph to HIER_CACHES_TO:
//   HIER_CACHES_FROM=old HIER_CACHES_TO=new docker buildx bake stages base-hier-caches
variable "HIER_CACHES_FROM" {
  default = ""
}
variable "HIER_CACHES_TO" {
  default = "hier-caches"
}

// The frontend image first, then every image of stages/ and examples/: their targets name the
// frontend as a `target:` context for their `# syntax=` image, so no registry is needed between.
group "default" {
  targets = ["frontend", "stages", "todobackend", "node-service"]
}

target "frontend" {
  context    = "."
  dockerfile = "frontend/Dockerfile"
  contexts = {
    "node:24-bookworm-slim" = NODE_BASE
  }
  // org/hier-frontend:latest is the name `# syntax=org/hier-frontend` resolves to in the local
  // image store; the NAMESPACE/VERSION tag is the one to push.
  tags = distinct(["org/hier-frontend:latest", "${NAMESPACE}/hier-frontend:${VERSION}"])
}

// ---- generated from stages/ and examples/ by test/unit/bake/repo-bake.test.ts (UPDATE_BAKE=1) ----

group "stages" {
  targets = ["base-root", "base-build", "base-build-python", "base-build-node", "base-runtime", "base-runtime-python", "base-runtime-node"]
}

target "_base-hier" {
  context    = "stages"
  dockerfile = "hier.yaml"
  contexts = { for k, v in { "hier-caches" = HIER_CACHES_FROM } : k => v if v != "" }
}

target "base-root" {
  inherits = ["_base-hier"]
  target   = "root"
  tags     = ["${NAMESPACE}/base-root:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "base-build" {
  inherits = ["_base-hier"]
  target   = "build"
  tags     = ["${NAMESPACE}/base-build:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "base-build-python" {
  inherits = ["_base-hier"]
  target   = "build-python"
  tags     = ["${NAMESPACE}/base-build-python:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "base-build-node" {
  inherits = ["_base-hier"]
  target   = "build-node"
  tags     = ["${NAMESPACE}/base-build-node:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "base-runtime" {
  inherits = ["_base-hier"]
  target   = "runtime"
  tags     = ["${NAMESPACE}/base-runtime:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "base-runtime-python" {
  inherits = ["_base-hier"]
  target   = "runtime-python"
  tags     = ["${NAMESPACE}/base-runtime-python:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "base-runtime-node" {
  inherits = ["_base-hier"]
  target   = "runtime-node"
  tags     = ["${NAMESPACE}/base-runtime-node:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

// The caches of runtime-node and the stages it builds on, exported once they are built:
// HIER_CACHES_FROM=SEED HIER_CACHES_TO=DIR docker buildx bake stages base-hier-caches
target "base-hier-caches" {
  inherits = ["_base-hier"]
  target   = "runtime-node"
  args     = { HIER_CACHES = "export" }
  output   = ["type=local,dest=${HIER_CACHES_TO}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

group "todobackend" {
  targets = ["todobackend-base", "todobackend-dev", "todobackend-builder", "todobackend-release"]
}

target "_todobackend-hier" {
  context    = "examples/todobackend"
  dockerfile = "hier.yaml"
  contexts = { for k, v in { "hier-caches" = HIER_CACHES_FROM } : k => v if v != "" }
}

target "todobackend-base" {
  inherits = ["_todobackend-hier"]
  target   = "base"
  tags     = ["${NAMESPACE}/todobackend-base:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "todobackend-dev" {
  inherits = ["_todobackend-hier"]
  target   = "dev"
  tags     = ["${NAMESPACE}/todobackend-dev:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "todobackend-builder" {
  inherits = ["_todobackend-hier"]
  target   = "builder"
  tags     = ["${NAMESPACE}/todobackend-builder:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "todobackend-release" {
  inherits = ["_todobackend-hier"]
  target   = "release"
  tags     = ["${NAMESPACE}/todobackend-release:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

// The caches of release and the stages it builds on, exported once they are built:
// HIER_CACHES_FROM=SEED HIER_CACHES_TO=DIR docker buildx bake todobackend todobackend-hier-caches
target "todobackend-hier-caches" {
  inherits = ["_todobackend-hier"]
  target   = "release"
  args     = { HIER_CACHES = "export" }
  output   = ["type=local,dest=${HIER_CACHES_TO}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

group "node-service" {
  targets = ["node-service-base", "node-service-builder", "node-service-release"]
}

target "_node-service-hier" {
  context    = "examples/node-service"
  dockerfile = "hier.yaml"
  contexts = { for k, v in { "hier-caches" = HIER_CACHES_FROM } : k => v if v != "" }
}

target "node-service-base" {
  inherits = ["_node-service-hier"]
  target   = "base"
  tags     = ["${NAMESPACE}/node-service-base:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "node-service-builder" {
  inherits = ["_node-service-hier"]
  target   = "builder"
  tags     = ["${NAMESPACE}/node-service-builder:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

target "node-service-release" {
  inherits = ["_node-service-hier"]
  target   = "release"
  tags     = ["${NAMESPACE}/node-service-release:${VERSION}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}

// The caches of release and the stages it builds on, exported once they are built:
// HIER_CACHES_FROM=SEED HIER_CACHES_TO=DIR docker buildx bake node-service node-service-hier-caches
target "node-service-hier-caches" {
  inherits = ["_node-service-hier"]
  target   = "release"
  args     = { HIER_CACHES = "export" }
  output   = ["type=local,dest=${HIER_CACHES_TO}"]
  contexts = {
    "org/hier-frontend" = "target:frontend"
  }
}
