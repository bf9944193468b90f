# A look-alike: the final stage is called build but runs a program: reported.
# expect: security/container-runs-as-root
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /usr/local/bin/tool ./cmd/tool
CMD ["tool", "serve"]
