from inference.predictor import predict
