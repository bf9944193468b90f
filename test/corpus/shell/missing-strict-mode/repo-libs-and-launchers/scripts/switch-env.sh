#!/bin/bash

if [ "$1" = "local" ]; then
    kubectl config use-context minikube
elif [ "$1" = "cloud" ]; then
    cd terraform && gcloud container clusters get-credentials prod --region europe-west1 && cd ..
else
    echo "ERROR: please pass local or cloud"
    exit 1
fi

kubectl config set-context --current --namespace=app
